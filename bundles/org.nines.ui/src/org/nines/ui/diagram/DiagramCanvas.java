package org.nines.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
import org.nines.model.Bounds;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.NinesPackage;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;

/**
 * Shows one reliability block diagram and lets the user select and move its nodes. Every change goes through the
 * editing domain's command stack (undo/redo, dirty flag). Zoom with Ctrl+wheel or +/-; scroll with the bars or the
 * wheel; arrows move the selection by one grid step; double-click a sub-diagram block to open it.
 */
public final class DiagramCanvas extends Canvas {
    /** Grid step in diagram units; moves snap to it. */
    public static final int GRID = 10;
    private static final int MARGIN = 60;
    private final EditingDomain domain;
    private final DiagramOverlay overlay;
    private final DiagramPainter painter;
    private final Font bold;
    private final Font small;
    private final Set<DiagramNode> selection = new LinkedHashSet<>();
    private Diagram diagram;
    private double zoom = 1.0;
    private Point origin = new Point(0, 0);
    private Point dragStart;
    private Point dragOffset;
    private Point menuLocation = new Point(100, 100);
    private Consumer<Diagram> openListener = d -> { };
    private Consumer<Set<DiagramNode>> selectionListener = s -> { };

    public DiagramCanvas(Composite parent, EditingDomain domain) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        this.domain = domain;
        this.overlay = new DiagramOverlay(getDisplay());
        FontData base = getDisplay().getSystemFont().getFontData()[0];
        this.bold = new Font(getDisplay(), base.getName(), base.getHeight(), SWT.BOLD);
        this.small = new Font(getDisplay(), base.getName(), Math.max(7, base.getHeight() - 1), SWT.NORMAL);
        this.painter = new DiagramPainter(getDisplay(), overlay, bold, small);
        setData("testid", "diagram.canvas");
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MenuDetect, e -> {
            Point local = toControl(e.x, e.y);
            menuLocation = toDiagram(local.x, local.y);
            DiagramNode hit = nodeAt(local.x, local.y);
            if (hit != null && !selection.contains(hit)) {
                selection.clear();
                selection.add(hit);
                selectionListener.accept(Set.copyOf(selection));
                redraw();
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
        this.diagram = diagram;
        selection.clear();
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

    /** @return the selected nodes in the order they were selected */
    public List<DiagramNode> selection() {
        return List.copyOf(selection);
    }

    /** Where the context menu was opened, in diagram units (new elements go there). */
    public Point menuLocation() {
        return menuLocation;
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
                painter.paint(gc, diagram, 1.0, new Point(0, 0), Set.of(), null);
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
        this.zoom = Math.max(0.2, Math.min(4, zoom));
        updateScrollBars();
        redraw();
    }

    /** Zooms so that the whole diagram fits the visible area. */
    public void zoomToFit() {
        Rectangle extent = extent();
        Rectangle area = getClientArea();
        if (extent.width > 0 && area.width > 0) {
            setZoom(Math.min(1.5, Math.min((double) area.width / (extent.width + MARGIN), (double) area.height / (extent.height + MARGIN))));
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
        selection.removeIf(n -> n.eContainer() != diagram);
        overlay.update(diagram == null ? null : (SystemModel) diagram.eContainer());
        updateScrollBars();
        redraw();
    }

    /** Selects all nodes of the diagram. */
    public void selectAll() {
        if (diagram != null) {
            selection.addAll(diagram.getNodes());
            selectionListener.accept(Set.copyOf(selection));
            redraw();
        }
    }

    /** Moves the selected nodes by (dx, dy) diagram units as one undoable command. */
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
        domain.getCommandStack().execute(move);
    }

    /** @return the node at a point in control coordinates, or null */
    public DiagramNode nodeAt(int x, int y) {
        if (diagram == null) {
            return null;
        }
        Point p = toDiagram(x, y);
        List<DiagramNode> nodes = new ArrayList<>(diagram.getNodes());
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Rectangle r = DiagramPainter.bounds(nodes.get(i), Set.of(), null);
            if (new Rectangle(r.x - 4, r.y - 4, r.width + 8, r.height + 8).contains(p)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** @return the control coordinates of a node's centre (for tests and tooltips) */
    public Point toControl(DiagramNode node) {
        Rectangle r = DiagramPainter.bounds(node, Set.of(), null);
        return new Point((int) Math.round((r.x + r.width / 2.0) * zoom) - origin.x, (int) Math.round((r.y + r.height / 2.0) * zoom) - origin.y);
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

    /** Diagram units per pixel inverted: 1.0 is 100 %. */
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
        paintGrid(gc, area);
        painter.paint(gc, diagram, zoom, origin, selection, dragOffset);
    }

    private void paintGrid(GC gc, Rectangle area) {
        gc.setForeground(overlay.color(new org.eclipse.swt.graphics.RGB(226, 230, 236)));
        double step = GRID * 2 * zoom;
        double startX = -(origin.x % step);
        double startY = -(origin.y % step);
        for (double x = startX; x < area.width; x += step) {
            for (double y = startY; y < area.height; y += step) {
                gc.drawPoint((int) x, (int) y);
            }
        }
    }

    private void mouseDown(Event e) {
        setFocus();
        if (e.button != 1 || diagram == null) {
            return;
        }
        DiagramNode hit = nodeAt(e.x, e.y);
        boolean toggle = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        if (hit == null) {
            if (!toggle) {
                selection.clear();
            }
        } else if (toggle) {
            if (!selection.remove(hit)) {
                selection.add(hit);
            }
        } else if (!selection.contains(hit)) {
            selection.clear();
            selection.add(hit);
        }
        dragStart = hit == null ? null : toDiagram(e.x, e.y);
        dragOffset = null;
        selectionListener.accept(Set.copyOf(selection));
        redraw();
    }

    /** Selects exactly these nodes (those of the shown diagram) and tells the selection listener. */
    public void select(java.util.Collection<? extends DiagramNode> nodes) {
        selection.clear();
        nodes.stream().filter(n -> n.eContainer() == diagram).forEach(selection::add);
        selectionListener.accept(Set.copyOf(selection));
        redraw();
    }

    /** Clears the selection. */
    public void clearSelection() {
        selection.clear();
        redraw();
    }

    private void mouseMove(Event e) {
        if (dragStart == null || (e.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        Point p = toDiagram(e.x, e.y);
        dragOffset = new Point(snap(p.x - dragStart.x), snap(p.y - dragStart.y));
        redraw();
    }

    private void mouseUp(Event e) {
        if (dragOffset != null) {
            Point offset = dragOffset;
            dragOffset = null;
            moveSelection(offset.x, offset.y);
        }
        dragStart = null;
        redraw();
    }

    private void doubleClick(Event e) {
        if (nodeAt(e.x, e.y) instanceof SubDiagramBlock sub && sub.getDiagram() != null) {
            openListener.accept(sub.getDiagram());
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1));
            e.doit = false;
        }
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> moveSelection(-GRID, 0);
            case SWT.ARROW_RIGHT -> moveSelection(GRID, 0);
            case SWT.ARROW_UP -> moveSelection(0, -GRID);
            case SWT.ARROW_DOWN -> moveSelection(0, GRID);
            default -> {
                if (e.character == '+' || e.character == '=') {
                    setZoom(zoom * 1.2);
                } else if (e.character == '-') {
                    setZoom(zoom / 1.2);
                }
            }
        }
    }

    private static int snap(int value) {
        return Math.round(value / (float) GRID) * GRID;
    }

    /** Bounding box of all nodes in diagram units. */
    private Rectangle extent() {
        Rectangle extent = new Rectangle(0, 0, 0, 0);
        if (diagram != null) {
            for (DiagramNode node : diagram.getNodes()) {
                extent = extent.union(DiagramPainter.bounds(node, Set.of(), null));
            }
        }
        return extent;
    }

    private void updateScrollBars() {
        Rectangle extent = extent();
        Rectangle area = getClientArea();
        int width = (int) Math.ceil((extent.x + extent.width + MARGIN) * zoom);
        int height = (int) Math.ceil((extent.y + extent.height + MARGIN) * zoom);
        configure(getHorizontalBar(), width, area.width, origin.x);
        configure(getVerticalBar(), height, area.height, origin.y);
    }

    private static void configure(ScrollBar bar, int content, int visible, int selection) {
        bar.setMaximum(Math.max(content, visible));
        bar.setThumb(Math.max(1, Math.min(content, visible)));
        bar.setPageIncrement(Math.max(1, visible));
        bar.setIncrement(20);
        bar.setSelection(selection);
    }

    private void scrollTo(int x, int y) {
        origin = new Point(Math.max(0, x), Math.max(0, y));
        updateScrollBars();
        redraw();
    }
}
