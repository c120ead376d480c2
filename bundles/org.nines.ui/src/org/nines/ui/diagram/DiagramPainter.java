package org.nines.ui.diagram;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.nines.ui.UiFormats;
import org.nines.analysis.system.EventResult;
import org.nines.model.Block;
import org.nines.model.BendPoint;
import org.nines.model.Bounds;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;

/**
 * Draws a reliability block diagram on a GC in diagram units scaled by the zoom: anti-aliased shapes, labels shortened
 * with an ellipsis so they never leave their box, optional result colouring (Fussell-Vesely heat) and badges for single
 * points of failure and shared components.
 */
final class DiagramPainter {
    private final Display display;
    private final DiagramOverlay overlay;
    private final Font bold;
    private final Font small;

    DiagramPainter(Display display, DiagramOverlay overlay, Font bold, Font small) {
        this.display = display;
        this.overlay = overlay;
        this.bold = bold;
        this.small = small;
    }

    void paint(GC gc, Diagram diagram, double zoom, Point origin, Set<DiagramNode> selection, Point dragOffset) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setAdvanced(true);
        gc.setTransform(null);
        org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(display);
        transform.translate(-origin.x, -origin.y);
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        for (Connector connector : diagram.getConnectors()) {
            paintConnector(gc, connector, selection, dragOffset);
        }
        for (DiagramNode node : diagram.getNodes()) {
            paintNode(gc, node, bounds(node, selection, dragOffset), selection.contains(node));
        }
        gc.setTransform(null);
        transform.dispose();
    }

    static Rectangle bounds(DiagramNode node, Set<DiagramNode> selection, Point dragOffset) {
        Bounds b = node.getBounds();
        Rectangle r = b == null ? new Rectangle(0, 0, 120, 48) : new Rectangle(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        if (selection.contains(node) && dragOffset != null) {
            r.x += dragOffset.x;
            r.y += dragOffset.y;
        }
        return r;
    }

    private void paintConnector(GC gc, Connector c, Set<DiagramNode> selection, Point dragOffset) {
        if (c.getSource() == null || c.getTarget() == null) {
            return;
        }
        Rectangle from = bounds(c.getSource(), selection, dragOffset);
        Rectangle to = bounds(c.getTarget(), selection, dragOffset);
        int[] points = route(c, from, to);
        boolean enabled = c.isEnabled() && c.getSource().isEnabled() && c.getTarget().isEnabled();
        gc.setForeground(color(enabled ? new RGB(90, 96, 110) : new RGB(185, 185, 185)));
        gc.setLineWidth(2);
        gc.setLineStyle(enabled ? SWT.LINE_SOLID : SWT.LINE_DASH);
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        int n = points.length;
        arrowHead(gc, points[n - 4], points[n - 3], points[n - 2], points[n - 1]);
    }

    /** Polyline from the source's border through the bend points to the target's border. */
    static int[] route(Connector c, Rectangle from, Rectangle to) {
        int bends = c.getBendPoints().size();
        int[] points = new int[(bends + 2) * 2];
        Point firstAim = bends > 0 ? new Point(c.getBendPoints().get(0).getX(), c.getBendPoints().get(0).getY()) : center(to);
        Point lastFrom = bends > 0 ? new Point(c.getBendPoints().get(bends - 1).getX(), c.getBendPoints().get(bends - 1).getY()) : center(from);
        Point start = border(from, firstAim);
        Point end = border(to, lastFrom);
        points[0] = start.x;
        points[1] = start.y;
        for (int i = 0; i < bends; i++) {
            BendPoint bend = c.getBendPoints().get(i);
            points[2 + 2 * i] = bend.getX();
            points[3 + 2 * i] = bend.getY();
        }
        points[points.length - 2] = end.x;
        points[points.length - 1] = end.y;
        return points;
    }

    static Point center(Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    /** Where the line from the rectangle's centre towards {@code aim} leaves the rectangle. */
    static Point border(Rectangle r, Point aim) {
        Point c = center(r);
        double dx = aim.x - c.x;
        double dy = aim.y - c.y;
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (r.width / 2.0) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (r.height / 2.0) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point((int) Math.round(c.x + dx * s), (int) Math.round(c.y + dy * s));
    }

    private void arrowHead(GC gc, int x1, int y1, int x2, int y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int size = 9;
        int[] head = {
            x2, y2,
            (int) Math.round(x2 - size * Math.cos(angle - 0.42)), (int) Math.round(y2 - size * Math.sin(angle - 0.42)),
            (int) Math.round(x2 - size * Math.cos(angle + 0.42)), (int) Math.round(y2 - size * Math.sin(angle + 0.42)) };
        gc.setBackground(gc.getForeground());
        gc.fillPolygon(head);
    }

    private void paintNode(GC gc, DiagramNode node, Rectangle r, boolean selected) {
        switch (node) {
            case Start s -> terminal(gc, r, new RGB(46, 139, 87), "Start");
            case End e -> terminal(gc, r, new RGB(178, 34, 34), "End");
            case KofN k -> kOfN(gc, k, r);
            default -> box(gc, node, r);
        }
        if (selected) {
            gc.setForeground(color(new RGB(30, 110, 230)));
            gc.setLineWidth(2);
            gc.drawRoundRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 10, 10);
            gc.setBackground(color(new RGB(30, 110, 230)));
            for (Point p : new Point[] { new Point(r.x, r.y), new Point(r.x + r.width, r.y), new Point(r.x, r.y + r.height),
                    new Point(r.x + r.width, r.y + r.height) }) {
                gc.fillRectangle(p.x - 3, p.y - 3, 6, 6);
            }
        }
    }

    private void terminal(GC gc, Rectangle r, RGB fill, String label) {
        gc.setBackground(color(fill));
        gc.fillOval(r.x, r.y, r.width, r.height);
        gc.setFont(small);
        gc.setForeground(color(new RGB(60, 60, 60)));
        Point extent = gc.textExtent(label);
        gc.drawText(label, r.x + (r.width - extent.x) / 2, r.y + r.height + 2, true);
    }

    private void kOfN(GC gc, KofN node, Rectangle r) {
        gc.setBackground(color(node.isEnabled() ? new RGB(245, 247, 250) : new RGB(240, 240, 240)));
        gc.fillOval(r.x, r.y, r.width, r.height);
        gc.setForeground(color(new RGB(70, 80, 100)));
        gc.setLineWidth(2);
        gc.drawOval(r.x, r.y, r.width, r.height);
        gc.setFont(bold);
        String text = node.getK() + "/" + overlay.incoming(node);
        Point extent = gc.textExtent(text);
        gc.drawText(text, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
    }

    private void box(GC gc, DiagramNode node, Rectangle r) {
        boolean enabled = node.isEnabled();
        EventResult result = overlay.resultFor(node);
        RGB fill = !enabled ? new RGB(242, 242, 242) : result == null ? new RGB(255, 255, 255) : heat(result.fussellVesely());
        gc.setBackground(color(fill));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        gc.setForeground(color(enabled ? new RGB(80, 88, 104) : new RGB(170, 170, 170)));
        gc.setLineWidth(node instanceof SubDiagramBlock ? 3 : 1);
        gc.setLineStyle(!enabled || node instanceof StandbyGroup ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setFont(bold);
        gc.setForeground(color(enabled ? new RGB(25, 30, 40) : new RGB(150, 150, 150)));
        String title = (node instanceof SubDiagramBlock ? "\u25B8 " : "") + nameOf(node);
        drawFitted(gc, title, r.x + 8, r.y + 6, r.width - 16);
        gc.setFont(small);
        gc.setForeground(color(enabled ? new RGB(95, 100, 115) : new RGB(170, 170, 170)));
        drawFitted(gc, subtitle(node, result), r.x + 8, r.y + r.height - gc.getFontMetrics().getHeight() - 6, r.width - 16);
        if (overlay.isSinglePointOfFailure(node)) {
            badge(gc, r.x + r.width - 9, r.y - 7, new RGB(200, 30, 30), "!");
        }
        if (node instanceof Block block && overlay.isShared(block)) {
            badge(gc, r.x - 7, r.y - 7, new RGB(110, 90, 180), "\u00D7" + overlay.uses(block));
        }
    }

    private String subtitle(DiagramNode node, EventResult result) {
        if (result != null) {
            return String.format(Locale.ROOT, "A %s", UiFormats.percent(1 - result.unavailability()));
        }
        return switch (node) {
            case Block b when b.getComponent() != null -> b.getComponent().getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
            case StandbyGroup g -> g.getMode().getLiteral().toLowerCase(Locale.ROOT) + " standby, " + g.getMembers().size() + " members";
            case SubDiagramBlock s -> "sub-diagram";
            default -> "";
        };
    }

    private static String nameOf(DiagramNode node) {
        if (node.getName() != null && !node.getName().isBlank()) {
            return node.getName();
        }
        return node instanceof Block b && b.getComponent() != null ? b.getComponent().getName() : node.getId();
    }

    private void badge(GC gc, int x, int y, RGB rgb, String text) {
        gc.setFont(small);
        Point extent = gc.textExtent(text);
        int w = Math.max(16, extent.x + 8);
        gc.setBackground(color(rgb));
        gc.fillRoundRectangle(x - w / 2 + 8, y, w, 16, 16, 16);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(text, x + 8 - extent.x / 2, y + (16 - extent.y) / 2, true);
    }

    /** Draws text shortened with an ellipsis to at most {@code width} pixels. */
    static void drawFitted(GC gc, String text, int x, int y, int width) {
        gc.drawText(fit(gc, text, width), x, y, true);
    }

    static String fit(GC gc, String text, int width) {
        if (text == null || gc.textExtent(text).x <= width) {
            return text == null ? "" : text;
        }
        String ellipsis = "\u2026";
        int length = text.length();
        while (length > 0 && gc.textExtent(text.substring(0, length) + ellipsis).x > width) {
            length--;
        }
        return text.substring(0, length) + ellipsis;
    }

    /** White (no contribution) to orange to red (all of the downtime), by Fussell-Vesely importance. */
    static RGB heat(double fussellVesely) {
        double t = Math.max(0, Math.min(1, Math.sqrt(fussellVesely)));
        int g = (int) Math.round(255 - t * 175);
        int b = (int) Math.round(255 - t * 235);
        return new RGB(255, g, b);
    }

    private Color color(RGB rgb) {
        return overlay.color(rgb);
    }
}
