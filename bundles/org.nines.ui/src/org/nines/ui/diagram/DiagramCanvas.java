package org.nines.ui.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.model.BendPoint;
import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.NinesPackage;
import org.nines.model.SystemModel;
import org.nines.ui.NinesPreferences;

/**
 * Shows one reliability block diagram and edits it with the mouse and keyboard; every change is one EMF command on the
 * editing domain's command stack (undo/redo, dirty flag).
 * <ul>
 * <li>Select: click a node or connector (Shift or Ctrl adds/removes), drag on empty space for a rubber band (Shift
 * adds), Ctrl+A (in {@code DiagramMenu}), Esc clears.</li>
 * <li>Move: drag selected nodes, or arrow keys by one grid step; positions snap to {@link #GRID}.</li>
 * <li>Resize: drag one of the eight handles of a single selected box.</li>
 * <li>Connect: drag from a node's output port (the filled dot right of it) onto another node; with the connector tool
 * ({@link #setConnectTool}) drag from anywhere on a node. A refused target shows red.</li>
 * <li>Connectors: drag a selected connector's end handle onto another node to reconnect it; drag the hollow dot in
 * the middle of a segment to add a bend point, drag a bend point to move it, double-click it to remove it.</li>
 * <li>Rename in place: F2, typing a letter or digit, or double-click a block (a sub-diagram block opens on
 * double-click).</li>
 * <li>View: wheel scrolls, Shift+wheel scrolls sideways, Ctrl+wheel zooms around the mouse, +/- zoom, middle-drag
 * pans.</li>
 * </ul>
 * The gestures themselves are in {@link DiagramGestures}, the commands in {@link DiagramEditing}, copy and paste in
 * {@link DiagramClipboard}.
 */
public final class DiagramCanvas extends Canvas {
    /** Grid step in diagram units; moves, resizes and bend points snap to it. */
    public static final int GRID = 10;
    private static final int MARGIN = 60;
    private final EditingDomain domain;
    private final DiagramEditing editing;
    private final DiagramOverlay overlay;
    private final DiagramPainter painter;
    private final DiagramFeedback feedback = new DiagramFeedback();
    private final Set<DiagramNode> selection = feedback.selection;
    private final InPlaceRename rename;
    private final DiagramGestures gestures;
    private final Font bold;
    private final Font small;
    private Diagram diagram;
    private double zoom = 1.0;
    private Point origin = new Point(0, 0);
    private Point menuLocation = new Point(100, 100);
    private Consumer<Diagram> openListener = d -> { };
    private Consumer<Set<DiagramNode>> selectionListener = s -> { };
    private Consumer<Boolean> connectToolListener = on -> { };

    public DiagramCanvas(Composite parent, EditingDomain domain) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        this.domain = domain;
        this.editing = new DiagramEditing(domain);
        this.overlay = new DiagramOverlay(getDisplay());
        FontData base = getDisplay().getSystemFont().getFontData()[0];
        this.bold = new Font(getDisplay(), base.getName(), base.getHeight(), SWT.BOLD);
        this.small = new Font(getDisplay(), base.getName(), Math.max(7, base.getHeight() - 1), SWT.NORMAL);
        this.painter = new DiagramPainter(getDisplay(), overlay, bold, small);
        this.rename = new InPlaceRename(this, (node, name) -> execute(editing.renameNode(node, name)));
        setData("testid", "diagram.canvas");
        addListener(SWT.Paint, this::paint);
        this.gestures = new DiagramGestures(this, feedback, editing);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MenuDetect, e -> {
            Point local = toControl(e.x, e.y);
            menuLocation = toDiagram(local.x, local.y);
            if (diagram != null) {
                gestures.menuDetect(menuLocation);
            }
        });
        getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(getHorizontalBar().getSelection(), origin.y));
        getVerticalBar().addListener(SWT.Selection, e -> scrollTo(origin.x, getVerticalBar().getSelection()));
        addListener(SWT.Dispose, e -> {
            overlay.dispose();
            bold.dispose();
            small.dispose();
        });
    }

    /** Shows another diagram (or none); clears the selection. */
    public void setDiagram(Diagram diagram) {
        rename.cancel();
        gestures.cancelGesture();
        this.diagram = diagram;
        selection.clear();
        feedback.connectors.clear();
        feedback.hover = null;
        overlay.update(diagram == null ? null : (SystemModel) diagram.eContainer());
        origin = new Point(0, 0);
        updateScrollBars();
        redraw();
        selectionListener.accept(Set.copyOf(selection));
    }

    public Diagram diagram() {
        return diagram;
    }

    /** Colours blocks by the result (null clears it). */
    public void setResult(AvailabilityResult result) {
        overlay.setResult(result);
        redraw();
    }

    public void setShowResults(boolean show) {
        overlay.setShowResults(show);
        redraw();
    }

    public boolean showResults() {
        return overlay.showResults();
    }

    /** Called when the user opens a sub-diagram (double-click). */
    public void onOpenDiagram(Consumer<Diagram> listener) {
        this.openListener = listener;
    }

    public void onSelection(Consumer<Set<DiagramNode>> listener) {
        this.selectionListener = listener;
    }

    /** Called with the new state when the connector tool is switched on or off (also by Esc), e.g. for a palette. */
    public void onConnectTool(Consumer<Boolean> listener) {
        this.connectToolListener = listener;
    }

    /** @return the selected nodes in the order they were selected */
    public List<DiagramNode> selection() {
        return List.copyOf(selection);
    }

    /** @return the selected connectors in the order they were selected */
    public List<Connector> selectedConnectors() {
        return List.copyOf(feedback.connectors);
    }

    /** Where the context menu was opened, in diagram units (new elements go there). */
    public Point menuLocation() {
        return menuLocation;
    }

    /**
     * The connector tool: when on, a drag from anywhere on a node draws a connector (not only from its output port)
     * and every node shows its ports; Esc switches it off.
     */
    public void setConnectTool(boolean on) {
        if (feedback.connectTool != on) {
            feedback.connectTool = on;
            setCursor(on ? getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
            connectToolListener.accept(on);
            redraw();
        }
    }

    public boolean connectTool() {
        return feedback.connectTool;
    }

    /** Renders the whole diagram at 100 % into an image (for PNG export); the caller disposes nothing. */
    public org.eclipse.swt.graphics.ImageData renderImage() {
        Rectangle extent = extent();
        int width = Math.max(1, extent.x + extent.width + MARGIN);
        int height = Math.max(1, extent.y + extent.height + MARGIN);
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            if (diagram != null) {
                painter.paint(gc, diagram, 1.0, new Point(0, 0), DiagramFeedback.none());
            }
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double zoom) {
        rename.commit(false);
        this.zoom = Math.max(0.2, Math.min(4, zoom));
        setHover(null);
        scrollTo(origin.x, origin.y);
    }

    /** Zooms by {@code factor} keeping the diagram point under the control point (x, y) where it is. */
    public void zoomAround(double factor, int x, int y) {
        double ux = (x + origin.x) / zoom;
        double uy = (y + origin.y) / zoom;
        setZoom(zoom * factor);
        scrollTo((int) Math.round(ux * zoom) - x, (int) Math.round(uy * zoom) - y);
    }

    /** Zooms so that the whole diagram fits the visible area. */
    public void zoomToFit() {
        Rectangle extent = extent();
        Rectangle area = getClientArea();
        if (extent.width > 0 && area.width > 0) {
            setZoom(Math.min(1.5, Math.min((double) area.width / (extent.x + extent.width + MARGIN),
                    (double) area.height / (extent.y + extent.height + MARGIN))));
            scrollTo(0, 0);
        }
    }

    /** Zooms out (never in) so that the whole diagram is visible, once the canvas has its size. */
    public void fitIfLarger() {
        getDisplay().asyncExec(() -> {
            if (isDisposed()) {
                return;
            }
            Rectangle extent = extent();
            Rectangle area = getClientArea();
            if (area.width > 0 && (extent.x + extent.width + MARGIN > area.width || extent.y + extent.height + MARGIN > area.height)) {
                setZoom(Math.max(0.4, Math.min((double) area.width / (extent.x + extent.width + MARGIN),
                        (double) area.height / (extent.y + extent.height + MARGIN))));
                scrollTo(0, 0);
            }
        });
    }

    /** Refreshes after the model changed (commands, undo). */
    public void modelChanged() {
        if (diagram != null && diagram.eContainer() == null) {
            setDiagram(null);
            return;
        }
        int before = selection.size();
        selection.removeIf(n -> n.eContainer() != diagram);
        feedback.connectors.removeIf(c -> c.eContainer() != diagram);
        if (feedback.hover != null && feedback.hover.eContainer() != diagram) {
            feedback.hover = null;
        }
        if (rename.node() != null && rename.node().eContainer() != diagram) {
            rename.cancel();
        }
        overlay.update(diagram == null ? null : (SystemModel) diagram.eContainer());
        updateScrollBars();
        redraw();
        if (selection.size() != before) {
            selectionListener.accept(Set.copyOf(selection));
        }
    }

    /** Selects all nodes of the diagram (all text while the rename field is open). */
    public void selectAll() {
        if (rename.isOpen()) {
            rename.selectAll();
        } else if (diagram != null) {
            selection.addAll(diagram.getNodes());
            selectionListener.accept(Set.copyOf(selection));
            redraw();
        }
    }

    /**
     * Moves the selected nodes by (dx, dy) diagram units as one undoable command; the bend points of connectors
     * between two moved nodes move with them.
     */
    public void moveSelection(int dx, int dy) {
        if (selection.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        CompoundCommand move = new CompoundCommand("Move");
        for (DiagramNode node : selection) {
            Bounds b = node.getBounds();
            if (b != null) {
                move.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__X, Math.max(0, b.getX() + dx)));
                move.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__Y, Math.max(0, b.getY() + dy)));
            }
        }
        if (diagram != null) {
            for (Connector c : diagram.getConnectors()) {
                if (selection.contains(c.getSource()) && selection.contains(c.getTarget())) {
                    for (BendPoint bend : c.getBendPoints()) {
                        move.append(SetCommand.create(domain, bend, NinesPackage.Literals.BEND_POINT__X, Math.max(0, bend.getX() + dx)));
                        move.append(SetCommand.create(domain, bend, NinesPackage.Literals.BEND_POINT__Y, Math.max(0, bend.getY() + dy)));
                    }
                }
            }
        }
        execute(move);
    }

    /**
     * Deletes the selected nodes (with their connectors) and the selected connectors as one "Delete" command; while
     * the rename field is open, deletes in the field instead (Edit > Delete and the Del key binding end up here).
     */
    public void deleteSelection() {
        if (rename.isOpen()) {
            rename.delete();
            return;
        }
        Command delete = editing.delete(selection(), selectedConnectors());
        if (execute(delete)) {
            setSelection(List.of(), List.of());
        }
    }

    /**
     * Copies the selected nodes and the connectors between them to the workbench-wide diagram clipboard (while the
     * rename field is open: its selected text to the system clipboard).
     *
     * @return how many nodes were copied
     * @see DiagramClipboard
     */
    public int copySelection() {
        if (rename.isOpen()) {
            rename.copy();
            return 0;
        }
        return DiagramClipboard.copy(selection);
    }

    /** @return whether {@link #paste()} would add something */
    public boolean canPaste() {
        return diagram != null && !DiagramClipboard.isEmpty();
    }

    /**
     * Pastes the clipboard into the shown diagram as one "Paste" command and selects the pasted nodes (while the
     * rename field is open: the system clipboard's text into the field).
     *
     * @return how many nodes were pasted
     * @see DiagramClipboard
     */
    public int paste() {
        if (rename.isOpen()) {
            rename.paste();
            return 0;
        }
        if (!canPaste()) {
            return 0;
        }
        DiagramClipboard.Paste paste = DiagramClipboard.paste(domain, diagram);
        if (paste == null || !execute(paste.command())) {
            return 0;
        }
        setSelection(paste.nodes(), List.of());
        return paste.nodes().size();
    }

    /**
     * Opens the in-place rename field over the single selected node (F2).
     *
     * @return whether a field was opened
     */
    public boolean renameSelection() {
        return selection.size() == 1 && startRename(selection.iterator().next(), null);
    }

    /** @return whether the in-place rename field is open */
    public boolean isRenaming() {
        return rename.isOpen();
    }

    /** @return the node at a point in control coordinates, or null */
    public DiagramNode nodeAt(int x, int y) {
        return diagram == null ? null : gestures.nodeAtDiagram(toDiagram(x, y), 4);
    }

    /** @return the control coordinates of a node's centre (for tests and tooltips) */
    public Point toControl(DiagramNode node) {
        Rectangle r = DiagramPainter.bounds(node, Set.of(), null);
        return toControlPoint(r.x + r.width / 2.0, r.y + r.height / 2.0);
    }

    /** @return the control coordinates of a node's output port (where a connector is dragged from) */
    public Point outputPortOf(DiagramNode node) {
        Point p = DiagramGeometry.outputPort(DiagramPainter.bounds(node, Set.of(), null));
        return toControlPoint(p.x, p.y);
    }

    /** @return the control coordinates of a resize handle of a node (0 top-left, clockwise to 7 left middle) */
    public Point handleOf(DiagramNode node, int handle) {
        Point p = DiagramGeometry.handles(DiagramGestures.frame(DiagramPainter.bounds(node, Set.of(), null)))[handle];
        return toControlPoint(p.x, p.y);
    }

    /**
     * @return the control coordinates of the middle of segment {@code segment} (0 from the source) of a connector's
     *         route: click there to select it, drag there (once selected) to add a bend point
     */
    public Point segmentMiddleOf(Connector connector, int segment) {
        int[] route = feedback.route(connector);
        int i = 2 * segment;
        return toControlPoint((route[i] + route[i + 2]) / 2.0, (route[i + 1] + route[i + 3]) / 2.0);
    }

    /** @return the control coordinates of a diagram point */
    public Point toControlPoint(double x, double y) {
        return new Point((int) Math.round(x * zoom) - origin.x, (int) Math.round(y * zoom) - origin.y);
    }

    /** @return a point in control coordinates converted to diagram units (for drops from the palette) */
    public Point toDiagramPoint(int x, int y) {
        return toDiagram(x, y);
    }

    /** @return the part of the diagram visible in the canvas, in diagram units (for the Outline overview) */
    public Rectangle visibleDiagramArea() {
        Rectangle area = getClientArea();
        return new Rectangle((int) Math.floor(origin.x / zoom), (int) Math.floor(origin.y / zoom),
                (int) Math.ceil(area.width / zoom), (int) Math.ceil(area.height / zoom));
    }

    /** Scrolls so that the diagram point (x, y), in diagram units, is in the middle of the canvas. */
    public void centreOn(int x, int y) {
        Rectangle area = getClientArea();
        scrollTo((int) Math.round(x * zoom) - area.width / 2, (int) Math.round(y * zoom) - area.height / 2);
    }

    /** Selects exactly these nodes (those of the shown diagram) and tells the selection listener. */
    public void select(Collection<? extends DiagramNode> nodes) {
        setSelection(nodes, List.of());
    }

    /** Selects exactly these nodes and connectors (those of the shown diagram) and tells the selection listener. */
    public void setSelection(Collection<? extends DiagramNode> nodes, Collection<Connector> connectors) {
        selection.clear();
        feedback.connectors.clear();
        nodes.stream().filter(n -> n.eContainer() == diagram).forEach(selection::add);
        connectors.stream().filter(c -> c.eContainer() == diagram).forEach(feedback.connectors::add);
        selectionListener.accept(Set.copyOf(selection));
        redraw();
    }

    /** Clears the selection. */
    public void clearSelection() {
        selection.clear();
        feedback.connectors.clear();
        selectionListener.accept(Set.of());
        redraw();
    }

    Point origin() {
        return origin;
    }

    void fireSelection() {
        selectionListener.accept(Set.copyOf(selection));
    }

    void openDiagram(Diagram sub) {
        openListener.accept(sub);
    }

    void commitRename() {
        rename.commit(false);
    }

    /** Control pixels to diagram units. */
    private Point toDiagram(int x, int y) {
        return new Point((int) Math.floor((x + origin.x) / zoom), (int) Math.floor((y + origin.y) / zoom));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (diagram == null) {
            gc.drawText("No diagram", 20, 20);
            return;
        }
        if (showGrid()) {
            paintGrid(gc, area);
        }
        painter.paint(gc, diagram, zoom, origin, feedback);
        if (overlay.hasResults()) {
            painter.paintLegend(gc, area);
        }
    }

    /** Whether the preference shows the grid dots (always outside a running workbench). */
    private static boolean showGrid() {
        return !Platform.isRunning() || NinesPreferences.store().getBoolean(NinesPreferences.DIAGRAM_SHOW_GRID);
    }

    private void paintGrid(GC gc, Rectangle area) {
        gc.setForeground(overlay.color(new org.eclipse.swt.graphics.RGB(210, 215, 224)));
        double step = GRID * 2 * zoom;
        while (step < 12) {
            step *= 2;
        }
        double startX = -(origin.x % step);
        double startY = -(origin.y % step);
        for (double x = startX; x < area.width; x += step) {
            for (double y = startY; y < area.height; y += step) {
                gc.drawPoint((int) Math.round(x), (int) Math.round(y));
            }
        }
    }

    /** The node under the mouse (highlighted, shows its ports and tooltip), or null. */
    void setHover(DiagramNode node) {
        if (feedback.hover != node) {
            feedback.hover = node;
            setToolTipText(node == null ? null : overlay.tooltip(node));
            redraw();
        }
    }

    /** Hides the tooltip until the mouse moves to another node (a click or key means the user is busy, not reading). */
    void hideTooltip() {
        setToolTipText(null);
    }

    /** Opens the rename field over the node; {@code typed} is the first character typed, or null to edit the name. */
    boolean startRename(DiagramNode node, String typed) {
        if (node.eContainer() != diagram) {
            return false;
        }
        gestures.cancelGesture();
        Rectangle r = DiagramPainter.bounds(node, Set.of(), null);
        Point topLeft = toControlPoint(r.x, r.y);
        Point bottomRight = toControlPoint(r.x + r.width, r.y + r.height);
        Rectangle area = new Rectangle(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
        String name = node.getName() != null && !node.getName().isBlank() ? node.getName()
                : node instanceof Block b && b.getComponent() != null ? b.getComponent().getName() : "";
        rename.open(node, area, typed == null ? name : typed, typed == null);
        return true;
    }

    /** Executes a command on the command stack; false when it is null or cannot execute. */
    boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** Bounding box of all nodes and bend points, in diagram units. */
    private Rectangle extent() {
        Rectangle extent = new Rectangle(0, 0, 0, 0);
        if (diagram != null) {
            for (DiagramNode node : diagram.getNodes()) {
                extent = extent.union(DiagramPainter.bounds(node, Set.of(), null));
            }
            for (Connector c : diagram.getConnectors()) {
                for (BendPoint bend : c.getBendPoints()) {
                    extent = extent.union(new Rectangle(bend.getX(), bend.getY(), 1, 1));
                }
            }
        }
        return extent;
    }

    private void updateScrollBars() {
        Rectangle extent = extent();
        Rectangle area = getClientArea();
        int width = (int) Math.ceil((extent.x + extent.width + MARGIN) * zoom);
        int height = (int) Math.ceil((extent.y + extent.height + MARGIN) * zoom);
        configure(getHorizontalBar(), Math.max(width, origin.x + area.width), area.width, origin.x);
        configure(getVerticalBar(), Math.max(height, origin.y + area.height), area.height, origin.y);
    }

    private static void configure(ScrollBar bar, int content, int visible, int selection) {
        bar.setMaximum(Math.max(content, visible));
        bar.setThumb(Math.max(1, Math.min(content, visible)));
        bar.setPageIncrement(Math.max(1, visible));
        bar.setIncrement(20);
        bar.setSelection(selection);
    }

    /** Scrolls to (x, y) pixels, kept within the diagram's extent at the current zoom. */
    void scrollTo(int x, int y) {
        Rectangle extent = extent();
        Rectangle area = getClientArea();
        int maxX = Math.max(0, (int) Math.ceil((extent.x + extent.width + MARGIN) * zoom) - area.width);
        int maxY = Math.max(0, (int) Math.ceil((extent.y + extent.height + MARGIN) * zoom) - area.height);
        origin = new Point(Math.max(0, Math.min(x, maxX)), Math.max(0, Math.min(y, maxY)));
        updateScrollBars();
        redraw();
    }
}
