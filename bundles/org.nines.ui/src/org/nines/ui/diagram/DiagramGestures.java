package org.nines.ui.diagram;

import static org.nines.ui.diagram.DiagramCanvas.GRID;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.nines.model.Block;
import org.nines.model.Connector;
import org.nines.model.DiagramNode;
import org.nines.model.SubDiagramBlock;

/**
 * The mouse and keyboard gestures of a {@link DiagramCanvas}: what a press picks (resize handle, connector handle,
 * output port, node, connector, empty space), the preview while dragging (kept in the {@link DiagramFeedback}), and
 * the one command a finished drag stands for. Also hover (ports, cursor, tooltip), double-click, wheel and keys.
 */
final class DiagramGestures {
    /** How far the mouse must move, in pixels, before a press becomes a drag. */
    private static final int DRAG_THRESHOLD = 3;
    /** How near, in pixels, the mouse must be to a handle, port or connector to pick it. */
    private static final double PICK = 6;

    /** The gesture of the pressed mouse button. */
    private enum Gesture { NONE, MOVE, RESIZE, CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET, BEND_ADD, BEND_MOVE, BAND, PAN }

    private final DiagramCanvas canvas;
    private final DiagramFeedback feedback;
    private final DiagramEditing editing;
    private Gesture gesture = Gesture.NONE;
    /** Where the button went down: control pixels and diagram units. */
    private Point pressPixel;
    private Point pressPoint;
    private boolean dragging;
    private DiagramNode gestureNode;
    private Connector gestureConnector;
    private int gestureIndex;
    private Point panOrigin;
    private Set<DiagramNode> bandBase = Set.of();

    DiagramGestures(DiagramCanvas canvas, DiagramFeedback feedback, DiagramEditing editing) {
        this.canvas = canvas;
        this.feedback = feedback;
        this.editing = editing;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseExit, e -> canvas.setHover(null));
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseHorizontalWheel, e -> {
            canvas.scrollTo(canvas.origin().x - e.count * 20, canvas.origin().y);
            e.doit = false;
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false; // Esc is the canvas's own key (cancel a drag, leave the connector tool), not traversal
            }
        });
    }

    /** Right-click: selects the node or connector under the mouse unless it is selected already. */
    void menuDetect(Point p) {
        DiagramNode hit = nodeAtDiagram(p, 4);
        Connector line = hit == null ? connectorAt(p) : null;
        if (hit != null && !feedback.selection.contains(hit)) {
            canvas.setSelection(List.of(hit), List.of());
        } else if (line != null && !feedback.connectors.contains(line)) {
            canvas.setSelection(List.of(), List.of(line));
        }
    }

    DiagramNode nodeAtDiagram(Point p, int margin) {
        List<DiagramNode> nodes = new ArrayList<>(canvas.diagram().getNodes());
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Rectangle r = DiagramPainter.bounds(nodes.get(i), Set.of(), null);
            if (new Rectangle(r.x - margin, r.y - margin, r.width + 2 * margin, r.height + 2 * margin).contains(p)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The node whose output port is at p (diagram units), or null. */
    private DiagramNode outputPortAt(Point p) {
        double tolerance = Math.max(DiagramGeometry.PORT_RADIUS + 1, PICK / canvas.zoom());
        for (DiagramNode node : canvas.diagram().getNodes()) {
            if (DiagramGeometry.hasOutput(node)
                    && DiagramGeometry.near(DiagramGeometry.outputPort(DiagramPainter.bounds(node, Set.of(), null)), p.x, p.y, tolerance)) {
                return node;
            }
        }
        return null;
    }

    /** The connector nearest to p (diagram units) within the pick distance, or null. */
    private Connector connectorAt(Point p) {
        if (canvas.diagram() == null) {
            return null;
        }
        Connector best = null;
        double bestDistance = PICK / canvas.zoom();
        for (Connector c : canvas.diagram().getConnectors()) {
            if (c.getSource() != null && c.getTarget() != null) {
                double d = DiagramGeometry.distanceToPolyline(feedback.route(c), p.x, p.y);
                if (d <= bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The selection frame of a node: its bounds and two units around. */
    static Rectangle frame(Rectangle r) {
        return new Rectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
    }

    private void mouseDown(Event e) {
        canvas.hideTooltip();
        if (canvas.isRenaming()) {
            canvas.commitRename();
        }
        canvas.setFocus();
        if (canvas.diagram() == null) {
            return;
        }
        pressPixel = new Point(e.x, e.y);
        pressPoint = canvas.toDiagramPoint(e.x, e.y);
        dragging = false;
        if (e.button == 2) {
            gesture = Gesture.PAN;
            panOrigin = canvas.origin();
            canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            return;
        }
        if (e.button != 1) {
            return;
        }
        boolean toggle = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        gesture = pressGesture(pressPoint, toggle);
        if (gesture == Gesture.CONNECT) {
            feedback.lineFrom = DiagramGeometry.outputPort(DiagramPainter.bounds(gestureNode, Set.of(), null));
            feedback.lineTo = pressPoint;
        }
        canvas.redraw();
    }

    /** What a left press at p starts, most specific first; updates the selection on the way. */
    private Gesture pressGesture(Point p, boolean toggle) {
        double tolerance = PICK / canvas.zoom();
        int handle = resizeHandleAt(p);
        DiagramNode port = outputPortAt(p);
        if (handle >= 0 && (port == null || distance(handleCentre(handle), p) <= distance(portCentre(port), p))) {
            gestureNode = feedback.selection.iterator().next();
            gestureIndex = handle;
            return Gesture.RESIZE;
        }
        for (Connector c : feedback.connectors) {
            Gesture onConnector = connectorHandleAt(c, p, tolerance);
            if (onConnector != Gesture.NONE) {
                gestureConnector = c;
                return onConnector;
            }
        }
        DiagramNode node = nodeAtDiagram(p, 4);
        if (port != null && (node == null || node == port)) {
            gestureNode = port;
            return Gesture.CONNECT;
        }
        if (feedback.connectTool && node != null && DiagramGeometry.hasOutput(node)) {
            gestureNode = node;
            return Gesture.CONNECT;
        }
        if (node != null) {
            return pressNode(node, toggle);
        }
        Connector line = connectorAt(p);
        if (line != null) {
            if (!toggle) {
                canvas.setSelection(List.of(), List.of(line));
            } else if (!feedback.connectors.remove(line)) {
                feedback.connectors.add(line);
            }
            return Gesture.NONE;
        }
        bandBase = toggle ? Set.copyOf(feedback.selection) : Set.of();
        if (!toggle) {
            canvas.clearSelection();
        }
        return Gesture.BAND;
    }

    private Gesture pressNode(DiagramNode node, boolean toggle) {
        if (toggle) {
            if (!feedback.selection.remove(node)) {
                feedback.selection.add(node);
            }
            canvas.fireSelection();
            return feedback.selection.contains(node) ? Gesture.MOVE : Gesture.NONE;
        }
        if (!feedback.selection.contains(node)) {
            canvas.setSelection(List.of(node), List.of());
        }
        return Gesture.MOVE;
    }

    /** Which handle of a selected connector is at p: an end (reconnect), a bend point or a segment middle. */
    private Gesture connectorHandleAt(Connector c, Point p, double tolerance) {
        int[] route = feedback.route(c);
        int n = route.length;
        if (DiagramGeometry.near(new Point(route[0], route[1]), p.x, p.y, tolerance)) {
            return Gesture.RECONNECT_SOURCE;
        }
        if (DiagramGeometry.near(new Point(route[n - 2], route[n - 1]), p.x, p.y, tolerance)) {
            return Gesture.RECONNECT_TARGET;
        }
        for (int i = 0; i < c.getBendPoints().size(); i++) {
            if (DiagramGeometry.near(new Point(route[2 + 2 * i], route[3 + 2 * i]), p.x, p.y, tolerance)) {
                gestureIndex = i;
                return Gesture.BEND_MOVE;
            }
        }
        for (int i = 0; i + 3 < n; i += 2) {
            if (DiagramGeometry.near(new Point((route[i] + route[i + 2]) / 2, (route[i + 1] + route[i + 3]) / 2), p.x, p.y, tolerance)) {
                gestureIndex = i / 2;
                return Gesture.BEND_ADD;
            }
        }
        return Gesture.NONE;
    }

    private void mouseMove(Event e) {
        if (canvas.diagram() == null) {
            return;
        }
        Point p = canvas.toDiagramPoint(e.x, e.y);
        if (gesture == Gesture.NONE) {
            hover(p);
            return;
        }
        if (!dragging && Math.abs(e.x - pressPixel.x) < DRAG_THRESHOLD && Math.abs(e.y - pressPixel.y) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        int dx = p.x - pressPoint.x;
        int dy = p.y - pressPoint.y;
        switch (gesture) {
            case PAN -> canvas.scrollTo(panOrigin.x - (e.x - pressPixel.x), panOrigin.y - (e.y - pressPixel.y));
            case MOVE -> feedback.dragOffset = new Point(DiagramEditing.snap(dx), DiagramEditing.snap(dy));
            case RESIZE -> {
                feedback.resizing = gestureNode;
                feedback.resizeBounds = snapped(DiagramGeometry.resized(DiagramPainter.bounds(gestureNode, Set.of(), null), gestureIndex, dx, dy));
            }
            case CONNECT -> {
                feedback.lineTo = p;
                DiagramNode target = nodeAtDiagram(p, 4);
                feedback.dropTarget = target == gestureNode ? null : target;
                feedback.dropAllowed = target != null && DiagramEditing.canConnect(gestureNode, target, null);
            }
            case RECONNECT_SOURCE, RECONNECT_TARGET -> previewReconnect(p);
            case BEND_MOVE, BEND_ADD -> previewBend(p);
            case BAND -> {
                feedback.band = new Rectangle(Math.min(p.x, pressPoint.x), Math.min(p.y, pressPoint.y), Math.abs(dx), Math.abs(dy));
                feedback.selection.clear();
                feedback.selection.addAll(bandBase);
                canvas.diagram().getNodes().stream().filter(n -> inside(DiagramPainter.bounds(n, Set.of(), null), feedback.band)).forEach(feedback.selection::add);
            }
            default -> {
            }
        }
        updateGestureCursor();
        canvas.redraw();
    }

    private void previewReconnect(Point p) {
        boolean source = gesture == Gesture.RECONNECT_SOURCE;
        int[] route = DiagramPainter.route(gestureConnector, DiagramPainter.bounds(gestureConnector.getSource(), Set.of(), null),
                DiagramPainter.bounds(gestureConnector.getTarget(), Set.of(), null)).clone();
        route[source ? 0 : route.length - 2] = p.x;
        route[source ? 1 : route.length - 1] = p.y;
        feedback.edited = gestureConnector;
        feedback.editedRoute = route;
        DiagramNode target = nodeAtDiagram(p, 4);
        feedback.dropTarget = target;
        feedback.dropAllowed = target != null && editing.reconnect(gestureConnector, source, target) != null;
    }

    private void previewBend(Point p) {
        List<Point> bends = new ArrayList<>();
        gestureConnector.getBendPoints().forEach(b -> bends.add(new Point(b.getX(), b.getY())));
        Point snapped = new Point(DiagramEditing.snap(p.x), DiagramEditing.snap(p.y));
        if (gesture == Gesture.BEND_MOVE) {
            bends.set(gestureIndex, snapped);
        } else {
            bends.add(gestureIndex, snapped);
        }
        Rectangle from = DiagramPainter.bounds(gestureConnector.getSource(), Set.of(), null);
        Rectangle to = DiagramPainter.bounds(gestureConnector.getTarget(), Set.of(), null);
        int[] route = new int[(bends.size() + 2) * 2];
        Point start = DiagramPainter.border(from, bends.get(0));
        Point end = DiagramPainter.border(to, bends.get(bends.size() - 1));
        route[0] = start.x;
        route[1] = start.y;
        for (int i = 0; i < bends.size(); i++) {
            route[2 + 2 * i] = bends.get(i).x;
            route[3 + 2 * i] = bends.get(i).y;
        }
        route[route.length - 2] = end.x;
        route[route.length - 1] = end.y;
        feedback.edited = gestureConnector;
        feedback.editedRoute = route;
    }

    private static boolean inside(Rectangle r, Rectangle band) {
        return r.x >= band.x && r.y >= band.y && r.x + r.width <= band.x + band.width && r.y + r.height <= band.y + band.height;
    }

    private static Rectangle snapped(Rectangle r) {
        int x = DiagramEditing.snap(r.x);
        int y = DiagramEditing.snap(r.y);
        return new Rectangle(x, y, Math.max(DiagramEditing.MIN_WIDTH, DiagramEditing.snap(r.x + r.width) - x), Math.max(DiagramEditing.MIN_HEIGHT, DiagramEditing.snap(r.y + r.height) - y));
    }

    /** Mouse over the diagram without a button: hover highlight, ports, cursor and tooltip. */
    private void hover(Point p) {
        DiagramNode port = outputPortAt(p);
        DiagramNode node = nodeAtDiagram(p, 4);
        canvas.setHover(node != null ? node : port);
        Cursor cursor = feedback.connectTool ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null;
        int handle = resizeHandleAt(p);
        if (handle >= 0 && (port == null || distance(handleCentre(handle), p) <= distance(portCentre(port), p))) {
            cursor = canvas.getDisplay().getSystemCursor(resizeCursor(handle));
        } else if (port != null && (node == null || node == port) || feedback.connectTool && node != null) {
            cursor = canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS);
        } else if (feedback.connectors.stream().anyMatch(c -> connectorHandleAt(c, p, PICK / canvas.zoom()) != Gesture.NONE)) {
            cursor = canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        }
        if (canvas.getCursor() != cursor) {
            canvas.setCursor(cursor);
        }
    }

    private Point handleCentre(int handle) {
        return DiagramGeometry.handles(frame(DiagramPainter.bounds(feedback.selection.iterator().next(), Set.of(), null)))[handle];
    }

    private static Point portCentre(DiagramNode node) {
        return DiagramGeometry.outputPort(DiagramPainter.bounds(node, Set.of(), null));
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    /** The resize handle of the single selected box at p (diagram units), or -1. */
    private int resizeHandleAt(Point p) {
        if (feedback.selection.size() != 1 || !feedback.connectors.isEmpty() || !DiagramGeometry.isResizable(feedback.selection.iterator().next())) {
            return -1;
        }
        Point[] handles = DiagramGeometry.handles(frame(DiagramPainter.bounds(feedback.selection.iterator().next(), Set.of(), null)));
        for (int i = 0; i < handles.length; i++) {
            if (DiagramGeometry.near(handles[i], p.x, p.y, PICK / canvas.zoom())) {
                return i;
            }
        }
        return -1;
    }

    private static int resizeCursor(int handle) {
        return switch (handle) {
            case DiagramGeometry.NW, DiagramGeometry.SE -> SWT.CURSOR_SIZENWSE;
            case DiagramGeometry.NE, DiagramGeometry.SW -> SWT.CURSOR_SIZENESW;
            case DiagramGeometry.N, DiagramGeometry.S -> SWT.CURSOR_SIZENS;
            default -> SWT.CURSOR_SIZEWE;
        };
    }

    private void updateGestureCursor() {
        if (gesture == Gesture.CONNECT || gesture == Gesture.RECONNECT_SOURCE || gesture == Gesture.RECONNECT_TARGET) {
            boolean refused = feedback.dropTarget != null && !feedback.dropAllowed;
            canvas.setCursor(canvas.getDisplay().getSystemCursor(refused ? SWT.CURSOR_NO : SWT.CURSOR_CROSS));
        }
    }

    private void mouseUp(Event e) {
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        if (ended == Gesture.NONE) {
            return;
        }
        Point p = canvas.toDiagramPoint(e.x, e.y);
        if (dragging) {
            finish(ended, p);
        }
        feedback.endGesture();
        bandBase = Set.of();
        gestureNode = null;
        gestureConnector = null;
        canvas.setCursor(feedback.connectTool ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
        if (ended == Gesture.BAND) {
            canvas.fireSelection();
        }
        canvas.redraw();
    }

    /** Executes the command a finished drag stands for. */
    private void finish(Gesture ended, Point p) {
        switch (ended) {
            case MOVE -> {
                Point offset = feedback.dragOffset;
                if (offset != null) {
                    feedback.dragOffset = null;
                    canvas.moveSelection(offset.x, offset.y);
                }
            }
            case RESIZE -> {
                Rectangle r = feedback.resizeBounds;
                if (r != null) {
                    canvas.execute(editing.resize(gestureNode, r.x, r.y, r.width, r.height));
                }
            }
            case CONNECT -> {
                DiagramNode target = nodeAtDiagram(p, 4);
                if (target != null) {
                    canvas.execute(editing.connect(gestureNode, target));
                }
            }
            case RECONNECT_SOURCE, RECONNECT_TARGET -> {
                DiagramNode target = nodeAtDiagram(p, 4);
                if (target != null) {
                    canvas.execute(editing.reconnect(gestureConnector, ended == Gesture.RECONNECT_SOURCE, target));
                }
            }
            case BEND_MOVE -> canvas.execute(editing.moveBendPoint(gestureConnector.getBendPoints().get(gestureIndex), p.x, p.y));
            case BEND_ADD -> canvas.execute(editing.addBendPoint(gestureConnector, gestureIndex, p.x, p.y));
            default -> {
            }
        }
    }

    void cancelGesture() {
        gesture = Gesture.NONE;
        dragging = false;
        feedback.endGesture();
        bandBase = Set.of();
        canvas.setCursor(feedback.connectTool ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
        canvas.redraw();
    }

    private void doubleClick(Event e) {
        if (canvas.diagram() == null || e.button != 1) {
            return;
        }
        Point p = canvas.toDiagramPoint(e.x, e.y);
        for (Connector c : feedback.connectors) {
            if (connectorHandleAt(c, p, PICK / canvas.zoom()) == Gesture.BEND_MOVE) {
                canvas.execute(editing.removeBendPoint(c.getBendPoints().get(gestureIndex)));
                return;
            }
        }
        DiagramNode node = canvas.nodeAt(e.x, e.y);
        if (node instanceof SubDiagramBlock sub && sub.getDiagram() != null) {
            canvas.openDiagram(sub.getDiagram());
        } else if (node instanceof Block block) {
            canvas.setSelection(List.of(block), List.of());
            canvas.startRename(block, null);
        }
    }

    private void wheel(Event e) {
        e.doit = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            canvas.zoomAround(e.count > 0 ? 1.1 : 1 / 1.1, e.x, e.y);
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            canvas.scrollTo(canvas.origin().x - e.count * 20, canvas.origin().y);
        } else {
            canvas.scrollTo(canvas.origin().x, canvas.origin().y - e.count * 20);
        }
    }

    private void key(Event e) {
        canvas.hideTooltip();
        if (canvas.isRenaming() || canvas.diagram() == null) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> canvas.moveSelection(-GRID, 0);
            case SWT.ARROW_RIGHT -> canvas.moveSelection(GRID, 0);
            case SWT.ARROW_UP -> canvas.moveSelection(0, -GRID);
            case SWT.ARROW_DOWN -> canvas.moveSelection(0, GRID);
            case SWT.F2 -> canvas.renameSelection();
            case SWT.ESC -> escape();
            default -> typed(e);
        }
    }

    /** Esc: cancels a drag, else leaves the connector tool, else clears the feedback.selection. */
    private void escape() {
        if (gesture != Gesture.NONE) {
            cancelGesture();
        } else if (feedback.connectTool) {
            canvas.setConnectTool(false);
        } else {
            canvas.clearSelection();
        }
    }

    /** +/- zoom; a letter or digit on a single selected node starts renaming it with that character. */
    private void typed(Event e) {
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT | SWT.CTRL)) != 0) {
            return;
        }
        if (e.character == '+' || e.character == '=') {
            canvas.setZoom(canvas.zoom() * 1.2);
        } else if (e.character == '-') {
            canvas.setZoom(canvas.zoom() / 1.2);
        } else if (Character.isLetterOrDigit(e.character) && feedback.selection.size() == 1) {
            canvas.startRename(feedback.selection.iterator().next(), String.valueOf(e.character));
        }
    }
}
