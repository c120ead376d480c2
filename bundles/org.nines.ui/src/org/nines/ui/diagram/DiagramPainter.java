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
 * with an ellipsis so they never leave their box (the subtitle is dropped when the box is too low for two lines),
 * optional result colouring (Fussell-Vesely heat), badges for single points of failure and shared components, and the
 * canvas's {@link DiagramFeedback}: hover outline, selection frame with white handles, ports, drop-target colour,
 * connector handles, the line of a new connector and the rubber band.
 */
final class DiagramPainter {
    /** The selection colour. */
    static final RGB ACCENT = new RGB(30, 110, 230);
    /** Size of a selection handle on screen, in pixels. */
    static final double HANDLE = 7;
    private final Display display;
    private final DiagramOverlay overlay;
    private final Font bold;
    private final Font small;
    /** Below this zoom block labels are unreadable anyway and are not drawn (the boxes, colours and badges are). */
    private static final double TEXT_MIN_ZOOM = 0.35;
    private boolean textDetail = true;

    DiagramPainter(Display display, DiagramOverlay overlay, Font bold, Font small) {
        this.display = display;
        this.overlay = overlay;
        this.bold = bold;
        this.small = small;
    }

    /** Paints the diagram and the feedback (selection, hover, gesture previews) in diagram units scaled by the zoom. */
    void paint(GC gc, Diagram diagram, double zoom, Point origin, DiagramFeedback feedback) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setAdvanced(true);
        gc.setTransform(null);
        Rectangle visible = visibleArea(gc.getClipping(), zoom, origin);
        org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(display);
        transform.translate(-origin.x, -origin.y);
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        textDetail = zoom >= TEXT_MIN_ZOOM;
        for (Connector connector : diagram.getConnectors()) {
            if (connector.getSource() != null && connector.getTarget() != null && extent(feedback.route(connector)).intersects(visible)) {
                paintConnector(gc, connector, feedback);
            }
        }
        for (DiagramNode node : diagram.getNodes()) {
            Rectangle r = feedback.bounds(node);
            if (r.intersects(visible)) { // only what can be seen: a 1,000-block diagram scrolls at screen speed
                paintNode(gc, node, r);
                paintDecorations(gc, node, r, feedback, zoom);
            }
        }
        for (Connector connector : feedback.connectors) {
            if (connector.eContainer() == diagram && connector.getSource() != null && connector.getTarget() != null) {
                connectorHandles(gc, feedback.route(connector), zoom);
            }
        }
        paintGesture(gc, feedback, zoom);
        gc.setTransform(null);
        transform.dispose();
    }

    /** The clipped device area in diagram units, widened by a margin for labels and badges drawn outside a box. */
    private static Rectangle visibleArea(Rectangle clip, double zoom, Point origin) {
        int margin = 40;
        return new Rectangle((int) Math.floor((clip.x + origin.x) / zoom) - margin, (int) Math.floor((clip.y + origin.y) / zoom) - margin,
                (int) Math.ceil(clip.width / zoom) + 2 * margin, (int) Math.ceil(clip.height / zoom) + 2 * margin);
    }

    /** Bounding box of a polyline given as x, y pairs. */
    private static Rectangle extent(int[] points) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return minX > maxX ? new Rectangle(0, 0, 0, 0) : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
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

    private void paintConnector(GC gc, Connector c, DiagramFeedback feedback) {
        if (c.getSource() == null || c.getTarget() == null) {
            return;
        }
        int[] points = feedback.route(c);
        boolean enabled = c.isEnabled() && c.getSource().isEnabled() && c.getTarget().isEnabled();
        boolean selected = feedback.connectors.contains(c);
        gc.setForeground(color(selected ? ACCENT : enabled ? new RGB(90, 96, 110) : new RGB(185, 185, 185)));
        gc.setLineWidth(selected ? 3 : 2);
        gc.setLineStyle(enabled ? SWT.LINE_SOLID : SWT.LINE_DASH);
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        int n = points.length;
        arrowHead(gc, points[n - 4], points[n - 3], points[n - 2], points[n - 1]);
    }

    /** End handles (white squares), bend points (filled) and segment middles (hollow circles: drag to add a bend). */
    private void connectorHandles(GC gc, int[] points, double zoom) {
        int n = points.length;
        handle(gc, points[0], points[1], zoom);
        handle(gc, points[n - 2], points[n - 1], zoom);
        double size = HANDLE / zoom;
        gc.setLineWidth(1);
        for (int i = 2; i < n - 2; i += 2) {
            gc.setBackground(color(ACCENT));
            gc.fillRectangle((int) Math.round(points[i] - size / 2), (int) Math.round(points[i + 1] - size / 2), (int) Math.ceil(size), (int) Math.ceil(size));
        }
        for (int i = 0; i + 3 < n; i += 2) {
            int mx = (points[i] + points[i + 2]) / 2;
            int my = (points[i + 1] + points[i + 3]) / 2;
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setForeground(color(ACCENT));
            int d = (int) Math.ceil(size);
            gc.fillOval(mx - d / 2, my - d / 2, d, d);
            gc.drawOval(mx - d / 2, my - d / 2, d, d);
        }
    }

    /** A selection handle: a white square with an accent border, the same size on screen at every zoom. */
    private void handle(GC gc, int x, int y, double zoom) {
        double size = HANDLE / zoom;
        int d = (int) Math.ceil(size);
        int hx = (int) Math.round(x - size / 2);
        int hy = (int) Math.round(y - size / 2);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(hx, hy, d, d);
        gc.setForeground(color(ACCENT));
        gc.setLineWidth(1);
        gc.drawRectangle(hx, hy, d, d);
    }

    /** Hover and drop-target outlines, selection frame and handles, ports. */
    private void paintDecorations(GC gc, DiagramNode node, Rectangle r, DiagramFeedback feedback, double zoom) {
        boolean selected = feedback.selection.contains(node);
        if (node == feedback.dropTarget) {
            gc.setForeground(color(feedback.dropAllowed ? new RGB(40, 160, 70) : new RGB(210, 45, 45)));
            gc.setLineWidth(3);
            gc.drawRoundRectangle(r.x - 4, r.y - 4, r.width + 8, r.height + 8, 12, 12);
        } else if (node == feedback.hover && !selected) {
            gc.setForeground(color(new RGB(140, 185, 245)));
            gc.setLineWidth(2);
            gc.drawRoundRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 10, 10);
        }
        if (selected) {
            gc.setForeground(color(ACCENT));
            gc.setLineWidth(1);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
            boolean eight = feedback.selection.size() == 1 && DiagramGeometry.isResizable(node);
            Point[] handles = DiagramGeometry.handles(new Rectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4));
            for (int i = 0; i < handles.length; i++) {
                if (eight || i % 2 == 0) {
                    handle(gc, handles[i].x, handles[i].y, zoom);
                }
            }
        }
        if (selected || node == feedback.hover || feedback.connectTool || node == feedback.dropTarget) {
            if (DiagramGeometry.hasInput(node)) {
                port(gc, DiagramGeometry.inputPort(r), false);
            }
            if (DiagramGeometry.hasOutput(node)) {
                port(gc, DiagramGeometry.outputPort(r), true);
            }
        }
    }

    /** A port: output ports are filled (drag from them), input ports hollow. */
    private void port(GC gc, Point p, boolean output) {
        int d = 2 * DiagramGeometry.PORT_RADIUS;
        gc.setBackground(output ? color(ACCENT) : display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillOval(p.x - d / 2, p.y - d / 2, d, d);
        gc.setForeground(color(ACCENT));
        gc.setLineWidth(1);
        gc.drawOval(p.x - d / 2, p.y - d / 2, d, d);
    }

    /** The new connector's line and the rubber band. */
    private void paintGesture(GC gc, DiagramFeedback feedback, double zoom) {
        if (feedback.lineFrom != null && feedback.lineTo != null) {
            boolean refused = feedback.dropTarget != null && !feedback.dropAllowed;
            gc.setForeground(color(refused ? new RGB(210, 45, 45) : ACCENT));
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(feedback.lineFrom.x, feedback.lineFrom.y, feedback.lineTo.x, feedback.lineTo.y);
            gc.setLineStyle(SWT.LINE_SOLID);
            arrowHead(gc, feedback.lineFrom.x, feedback.lineFrom.y, feedback.lineTo.x, feedback.lineTo.y);
        }
        if (feedback.band != null) {
            Rectangle b = feedback.band;
            gc.setBackground(color(ACCENT));
            gc.setAlpha(35);
            gc.fillRectangle(b);
            gc.setAlpha(255);
            gc.setForeground(color(ACCENT));
            gc.setLineWidth(1);
            gc.drawRectangle(b);
        }
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

    private void paintNode(GC gc, DiagramNode node, Rectangle r) {
        switch (node) {
            case Start s -> terminal(gc, r, new RGB(46, 139, 87), "Start");
            case End e -> terminal(gc, r, new RGB(178, 34, 34), "End");
            case KofN k -> kOfN(gc, k, r);
            default -> box(gc, node, r);
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
        RGB fill = !enabled ? new RGB(242, 242, 242) : result == null ? new RGB(255, 255, 255) : heat(DiagramOverlay.heatOf(result));
        gc.setBackground(color(fill));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        gc.setForeground(color(enabled ? new RGB(80, 88, 104) : new RGB(170, 170, 170)));
        gc.setLineWidth(node instanceof SubDiagramBlock ? 3 : 1);
        gc.setLineStyle(!enabled || node instanceof StandbyGroup ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (!textDetail) {
            paintBadges(gc, node, r);
            return;
        }
        gc.setFont(bold);
        int titleHeight = gc.getFontMetrics().getHeight();
        gc.setFont(small);
        int subtitleHeight = gc.getFontMetrics().getHeight();
        boolean both = r.height >= titleHeight + subtitleHeight + 10;
        gc.setFont(bold);
        gc.setForeground(color(enabled ? new RGB(25, 30, 40) : new RGB(150, 150, 150)));
        String title = (node instanceof SubDiagramBlock ? "\u25B8 " : "") + nameOf(node);
        int titleY = both ? r.y + Math.max(4, (r.height - titleHeight - subtitleHeight) / 3) : r.y + (r.height - titleHeight) / 2;
        drawFitted(gc, title, r.x + 8, titleY, r.width - 16);
        if (both) {
            gc.setFont(small);
            gc.setForeground(color(enabled ? new RGB(95, 100, 115) : new RGB(170, 170, 170)));
            drawFitted(gc, subtitle(node, result), r.x + 8, r.y + r.height - subtitleHeight - Math.max(4, (r.height - titleHeight - subtitleHeight) / 3), r.width - 16);
        }
        paintBadges(gc, node, r);
    }

    /** The single-point-of-failure "!" and the shared-component "×n" badges. */
    private void paintBadges(GC gc, DiagramNode node, Rectangle r) {
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
        if (node instanceof SubDiagramBlock s && overlay.unavailabilityOf(s) != null) { // the sub-system on its own
            return String.format(Locale.ROOT, "A %s", UiFormats.percent(1 - overlay.unavailabilityOf(s)));
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
        if (text == null || width <= 0) {
            return "";
        }
        width -= 2; // room for hinting differences between measuring and drawing at a zoom
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int length = text.length();
        while (length > 0 && gc.textExtent(text.substring(0, length) + ellipsis).x > width) {
            length--;
        }
        return text.substring(0, length) + ellipsis;
    }

    /** White (0) to orange to red (1) for a 0..1 importance; the square root spreads the small values. */
    static RGB heat(double fussellVesely) {
        double t = Math.max(0, Math.min(1, Math.sqrt(fussellVesely)));
        int g = (int) Math.round(255 - t * 175);
        int b = (int) Math.round(255 - t * 235);
        return new RGB(255, g, b);
    }

    /**
     * The colour legend in the canvas's bottom-left corner (device pixels, no transform): the gradient from 0 to 1 with
     * what it measures, and the single-point-of-failure badge.
     */
    void paintLegend(GC gc, Rectangle area) {
        gc.setTransform(null);
        gc.setFont(small);
        String title = DiagramOverlay.colourByImportance() ? "Birnbaum importance" : "Share of the downtime";
        int barWidth = 120;
        int lineHeight = gc.getFontMetrics().getHeight();
        int width = Math.max(barWidth + 24 + gc.textExtent("SPOF").x + 24, gc.textExtent(title).x + 16);
        int height = 2 * lineHeight + 26;
        int x = area.x + 8;
        int y = area.y + area.height - height - 8;
        gc.setAlpha(235);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(x, y, width, height, 6, 6);
        gc.setAlpha(255);
        gc.setForeground(color(new RGB(200, 204, 212)));
        gc.setLineWidth(1);
        gc.drawRoundRectangle(x, y, width, height, 6, 6);
        gc.setForeground(color(new RGB(60, 64, 72)));
        gc.drawText(title, x + 8, y + 4, true);
        int barY = y + 6 + lineHeight;
        for (int i = 0; i < barWidth; i++) {
            gc.setForeground(color(heat(Math.pow(i / (double) (barWidth - 1), 2))));
            gc.drawLine(x + 8 + i, barY, x + 8 + i, barY + 10);
        }
        gc.setForeground(color(new RGB(60, 64, 72)));
        gc.drawText("0", x + 8, barY + 11, true);
        String one = DiagramOverlay.colourByImportance() ? "1" : "100 %";
        gc.drawText(one, x + 8 + barWidth - gc.textExtent(one).x, barY + 11, true);
        badge(gc, x + 8 + barWidth + 14, barY - 2, new RGB(200, 30, 30), "!");
        gc.setForeground(color(new RGB(60, 64, 72))); // the badge leaves white text colour behind
        gc.drawText("SPOF", x + 8 + barWidth + 32, barY, true);
    }

    private Color color(RGB rgb) {
        return overlay.color(rgb);
    }
}
