package org.nines.ui.views;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.nines.model.Diagram;
import org.nines.ui.diagram.DiagramCanvas;

/**
 * A small picture of the diagram shown in a {@link DiagramCanvas}, scaled to fit, with the canvas's visible area as a
 * rectangle. Clicking or dragging in it scrolls the canvas there. The picture is rendered again only after model
 * changes, another diagram or {@link #invalidate()}; scrolling and zooming only move the rectangle.
 */
public final class DiagramOverview {
    private static final int PAD = 6;
    private final Canvas control;
    private final DiagramCanvas diagramCanvas;
    private final CommandStack stack;
    private final CommandStackListener commandListener = e -> invalidateLater();
    private final Listener canvasPainted = e -> canvasPainted();
    private Image picture;
    private Diagram pictured;
    private Rectangle shownArea;
    private boolean stale = true;

    /** @param stack the editor's command stack: the picture follows its changes */
    public DiagramOverview(Composite parent, DiagramCanvas diagramCanvas, CommandStack stack) {
        this.diagramCanvas = diagramCanvas;
        this.stack = stack;
        control = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        control.setData("testid", "outline.overview");
        control.setToolTipText("Click or drag to scroll the diagram");
        control.addListener(SWT.Paint, this::paint);
        control.addListener(SWT.MouseDown, this::scrollTo);
        control.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                scrollTo(e);
            }
        });
        diagramCanvas.addListener(SWT.Paint, canvasPainted); // every scroll, zoom, selection or diagram change repaints it
        stack.addCommandStackListener(commandListener);
        control.addListener(SWT.Dispose, e -> {
            stack.removeCommandStackListener(commandListener);
            if (!diagramCanvas.isDisposed()) {
                diagramCanvas.removeListener(SWT.Paint, canvasPainted);
            }
            disposePicture();
        });
    }

    public Canvas control() {
        return control;
    }

    /** Renders the picture again at the next paint (after new analysis results colour the blocks). */
    public void invalidate() {
        stale = true;
        if (!control.isDisposed()) {
            control.redraw();
        }
    }

    /** @return where the canvas's visible area is drawn, in overview pixels (null when there is no diagram) */
    public Rectangle visibleAreaRectangle() {
        Mapping mapping = mapping();
        return mapping == null ? null : mapping.toOverview(diagramCanvas.visibleDiagramArea());
    }

    /** @return the diagram point (diagram units) under an overview pixel, or null when there is no picture */
    public org.eclipse.swt.graphics.Point toDiagram(int x, int y) {
        Mapping mapping = mapping();
        return mapping == null ? null : new org.eclipse.swt.graphics.Point((int) Math.round((x - mapping.x) / mapping.scale),
                (int) Math.round((y - mapping.y) / mapping.scale));
    }

    private void invalidateLater() {
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(this::invalidate);
        }
    }

    private void canvasPainted() {
        if (control.isDisposed()) {
            return;
        }
        Rectangle area = diagramCanvas.visibleDiagramArea();
        if (diagramCanvas.diagram() != pictured || !area.equals(shownArea)) {
            control.redraw();
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle client = control.getClientArea();
        gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(client);
        if (diagramCanvas.isDisposed() || diagramCanvas.diagram() == null) {
            gc.drawText("No diagram", PAD, PAD);
            return;
        }
        if (stale || pictured != diagramCanvas.diagram() || picture == null) {
            render();
        }
        Mapping mapping = mapping();
        Rectangle size = picture.getBounds();
        gc.setAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(picture, 0, 0, size.width, size.height, mapping.x, mapping.y, (int) Math.round(size.width * mapping.scale),
                (int) Math.round(size.height * mapping.scale));
        shownArea = diagramCanvas.visibleDiagramArea();
        Rectangle view = mapping.toOverview(shownArea).intersection(new Rectangle(0, 0, client.width - 1, client.height - 1));
        gc.setAlpha(40);
        gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.fillRectangle(view);
        gc.setAlpha(255);
        gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRectangle(view);
    }

    private void render() {
        disposePicture();
        pictured = diagramCanvas.diagram();
        picture = new Image(control.getDisplay(), diagramCanvas.renderImage());
        stale = false;
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }

    private void scrollTo(Event e) {
        org.eclipse.swt.graphics.Point at = toDiagram(e.x, e.y);
        if (at != null && e.button <= 1) {
            diagramCanvas.centreOn(at.x, at.y);
        }
    }

    /** How diagram units map to overview pixels: scaled to fit, never enlarged, centred. */
    private Mapping mapping() {
        if (picture == null || picture.isDisposed()) {
            return null;
        }
        Rectangle client = control.getClientArea();
        Rectangle size = picture.getBounds();
        double scale = Math.min(1, Math.min((client.width - 2.0 * PAD) / size.width, (client.height - 2.0 * PAD) / size.height));
        scale = Math.max(scale, 0.01);
        int x = (int) Math.round((client.width - size.width * scale) / 2);
        int y = (int) Math.round((client.height - size.height * scale) / 2);
        return new Mapping(scale, x, y);
    }

    /** Overview pixel = offset + diagram unit * scale. */
    private record Mapping(double scale, int x, int y) {
        Rectangle toOverview(Rectangle r) {
            return new Rectangle(x + (int) Math.round(r.x * scale), y + (int) Math.round(r.y * scale), (int) Math.round(r.width * scale),
                    (int) Math.round(r.height * scale));
        }
    }
}
