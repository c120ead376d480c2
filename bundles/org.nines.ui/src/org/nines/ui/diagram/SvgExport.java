package org.nines.ui.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.io.AtomicFiles;
import org.nines.model.BendPoint;
import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.ui.UiFormats;

/**
 * Writes a reliability block diagram as a standalone SVG 1.1 file with the look of the canvas at 100 %: blocks,
 * k-of-n junctions, standby groups (dashed), sub-diagram blocks (thick border), Start and End, connectors through
 * their bend points with arrow heads, disabled elements grey and dashed, and, when a result is given, blocks coloured
 * by their share of the downtime with single-point-of-failure badges. Shared components get a "×n" badge. Labels are
 * XML-escaped and shortened with an ellipsis to fit their box (by an estimate of the text width: SVG has no text
 * metrics before rendering). Needs no display.
 */
public final class SvgExport {
    private static final int MARGIN = 60;
    private static final String FONT = "font-family=\"DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif\"";
    /** Average glyph width as a fraction of the font size, for eliding labels (DejaVu Sans bold is about 0.62). */
    private static final double GLYPH_WIDTH = 0.62;
    private static final int TITLE_PX = 12;
    private static final int SUBTITLE_PX = 11;
    private final StringBuilder svg = new StringBuilder();
    private final Map<String, EventResult> results = new HashMap<>();
    private final Set<String> singlePoints = new HashSet<>();
    private final Map<Component, Integer> uses = new IdentityHashMap<>();
    /** Diagram id -> unavailability of that diagram on its own (sub-diagram blocks show it). */
    private final Map<String, Double> diagramUnavailability;

    private SvgExport(Diagram diagram, AvailabilityResult result) {
        this.diagramUnavailability = result == null ? Map.of() : result.diagramUnavailability();
        if (result != null) {
            result.events().forEach(e -> results.put(e.key(), e));
            result.minimalCutSets().stream().filter(c -> c.order() == 1).map(CutSetResult::keys).forEach(k -> singlePoints.add(k.get(0)));
        }
        if (diagram.eContainer() instanceof SystemModel model) {
            model.getDiagrams().forEach(d -> d.getNodes().forEach(n -> {
                if (n instanceof Block b && b.getComponent() != null) {
                    uses.merge(b.getComponent(), 1, Integer::sum);
                }
            }));
        }
    }

    /**
     * Writes the diagram to {@code target} atomically (a failed write leaves no partial file and keeps any old one).
     *
     * @param resultOrNull the analysis result to colour the blocks by, or null for the plain diagram
     */
    public static void write(Diagram diagram, AvailabilityResult resultOrNull, Path target) throws IOException {
        byte[] content = toSvg(diagram, resultOrNull).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, false, out -> out.write(content));
    }

    /** @return the diagram as an SVG 1.1 document */
    public static String toSvg(Diagram diagram, AvailabilityResult resultOrNull) {
        return new SvgExport(diagram, resultOrNull).document(diagram);
    }

    private String document(Diagram diagram) {
        Rectangle extent = extent(diagram);
        int width = Math.max(1, extent.x + extent.width + MARGIN);
        int height = Math.max(1, extent.y + extent.height + MARGIN);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        svg.append("<title>").append(escape(diagram.getName())).append("</title>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<g class=\"connectors\">\n");
        diagram.getConnectors().forEach(this::connector);
        svg.append("</g>\n<g class=\"nodes\">\n");
        diagram.getNodes().forEach(this::node);
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private void connector(Connector c) {
        if (c.getSource() == null || c.getTarget() == null) {
            return;
        }
        int[] points = DiagramPainter.route(c, rect(c.getSource()), rect(c.getTarget()));
        boolean enabled = c.isEnabled() && c.getSource().isEnabled() && c.getTarget().isEnabled();
        String colour = hex(enabled ? new RGB(90, 96, 110) : new RGB(185, 185, 185));
        svg.append("<polyline class=\"connector\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                .append(enabled ? "" : " stroke-dasharray=\"6 4\"").append(" points=\"").append(pointList(points)).append("\"/>\n");
        int n = points.length;
        double angle = Math.atan2(points[n - 1] - points[n - 3], points[n - 2] - points[n - 4]);
        int x2 = points[n - 2];
        int y2 = points[n - 1];
        int[] head = { x2, y2, (int) Math.round(x2 - 9 * Math.cos(angle - 0.42)), (int) Math.round(y2 - 9 * Math.sin(angle - 0.42)),
            (int) Math.round(x2 - 9 * Math.cos(angle + 0.42)), (int) Math.round(y2 - 9 * Math.sin(angle + 0.42)) };
        svg.append("<polygon class=\"arrow\" fill=\"").append(colour).append("\" points=\"").append(pointList(head)).append("\"/>\n");
    }

    private void node(DiagramNode node) {
        Rectangle r = rect(node);
        svg.append("<g class=\"node ").append(node.eClass().getName().toLowerCase(Locale.ROOT)).append("\">");
        svg.append("<title>").append(escape(nameOf(node) + " (" + node.getId() + ")")).append("</title>\n");
        switch (node) {
            case Start s -> terminal(r, new RGB(46, 139, 87), "Start");
            case End e -> terminal(r, new RGB(178, 34, 34), "End");
            case KofN k -> kOfN(k, r);
            default -> box(node, r);
        }
        svg.append("</g>\n");
    }

    private void terminal(Rectangle r, RGB fill, String label) {
        ellipse(r, hex(fill), null, 0);
        text(r.x + r.width / 2.0, r.y + r.height + 2 + SUBTITLE_PX, label, SUBTITLE_PX, false, "#3c3c3c", "middle");
    }

    private void kOfN(KofN node, Rectangle r) {
        ellipse(r, hex(node.isEnabled() ? new RGB(245, 247, 250) : new RGB(240, 240, 240)), hex(new RGB(70, 80, 100)), 2);
        text(r.x + r.width / 2.0, r.y + r.height / 2.0 + TITLE_PX * 0.36, node.getK() + "/" + incoming(node), TITLE_PX, true,
                hex(new RGB(70, 80, 100)), "middle");
    }

    private void box(DiagramNode node, Rectangle r) {
        boolean enabled = node.isEnabled();
        EventResult result = resultFor(node);
        RGB fill = !enabled ? new RGB(242, 242, 242) : result == null ? new RGB(255, 255, 255) : DiagramPainter.heat(DiagramOverlay.heatOf(result));
        boolean dashed = !enabled || node instanceof StandbyGroup;
        svg.append("<rect x=\"").append(r.x).append("\" y=\"").append(r.y).append("\" width=\"").append(r.width)
                .append("\" height=\"").append(r.height).append("\" rx=\"4\" ry=\"4\" fill=\"").append(hex(fill))
                .append("\" stroke=\"").append(hex(enabled ? new RGB(80, 88, 104) : new RGB(170, 170, 170)))
                .append("\" stroke-width=\"").append(node instanceof SubDiagramBlock ? 3 : 1).append('"')
                .append(dashed ? " stroke-dasharray=\"6 3\"" : "").append("/>\n");
        String title = (node instanceof SubDiagramBlock ? "\u25B8 " : "") + nameOf(node);
        text(r.x + 8, r.y + 6 + TITLE_PX, fit(title, r.width - 16, TITLE_PX), TITLE_PX, true,
                hex(enabled ? new RGB(25, 30, 40) : new RGB(150, 150, 150)), "start");
        text(r.x + 8, r.y + r.height - 8, fit(subtitle(node, result), r.width - 16, SUBTITLE_PX), SUBTITLE_PX, false,
                hex(enabled ? new RGB(95, 100, 115) : new RGB(170, 170, 170)), "start");
        String key = key(node);
        if (result != null && key != null && singlePoints.contains(key)) {
            badge(r.x + r.width - 9, r.y - 7, new RGB(200, 30, 30), "!");
        }
        if (node instanceof Block block && block.getComponent() != null && uses.getOrDefault(block.getComponent(), 0) > 1) {
            badge(r.x - 7, r.y - 7, new RGB(110, 90, 180), "\u00D7" + uses.get(block.getComponent()));
        }
    }

    private void badge(int x, int y, RGB fill, String text) {
        int w = (int) Math.max(16, Math.ceil(text.length() * SUBTITLE_PX * GLYPH_WIDTH) + 8);
        svg.append("<rect class=\"badge\" x=\"").append(x - w / 2 + 8).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"16\" rx=\"8\" ry=\"8\" fill=\"").append(hex(fill)).append("\"/>\n");
        text(x + 8, y + 12, text, SUBTITLE_PX, true, "#ffffff", "middle");
    }

    private void ellipse(Rectangle r, String fill, String stroke, int strokeWidth) {
        svg.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\"", r.x + r.width / 2.0,
                r.y + r.height / 2.0, r.width / 2.0, r.height / 2.0, fill));
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(strokeWidth).append('"');
        }
        svg.append("/>\n");
    }

    private void text(double x, double y, String text, int px, boolean bold, String fill, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"%d\"%s fill=\"%s\" text-anchor=\"%s\">", x, y,
                FONT, px, bold ? " font-weight=\"bold\"" : "", fill, anchor));
        svg.append(escape(text)).append("</text>\n");
    }

    private String subtitle(DiagramNode node, EventResult result) {
        if (result != null) {
            return "A " + UiFormats.percent(1 - result.unavailability());
        }
        return switch (node) {
            case Block b when b.getComponent() != null -> b.getComponent().getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
            case StandbyGroup g -> g.getMode().getLiteral().toLowerCase(Locale.ROOT) + " standby, " + g.getMembers().size() + " members";
            case SubDiagramBlock s when s.getDiagram() != null && diagramUnavailability.containsKey(s.getDiagram().getId()) ->
                    "A " + UiFormats.percent(1 - diagramUnavailability.get(s.getDiagram().getId()));
            case SubDiagramBlock s -> "sub-diagram";
            default -> "";
        };
    }

    private EventResult resultFor(DiagramNode node) {
        String key = key(node);
        return key == null ? null : results.get(key);
    }

    /** The result key of a node, as the analysis names its events (component id, standby:<id>). */
    private static String key(DiagramNode node) {
        return switch (node) {
            case Block b when b.getComponent() != null -> b.getComponent().getId();
            case StandbyGroup g -> "standby:" + g.getId();
            default -> null;
        };
    }

    private static int incoming(DiagramNode node) {
        int n = 0;
        if (node.eContainer() instanceof Diagram diagram) {
            for (Connector c : diagram.getConnectors()) {
                if (c.getTarget() == node && c.isEnabled() && c.getSource() != null && c.getSource().isEnabled()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String nameOf(DiagramNode node) {
        if (node.getName() != null && !node.getName().isBlank()) {
            return node.getName();
        }
        return node instanceof Block b && b.getComponent() != null ? b.getComponent().getName() : node.getId();
    }

    /** The text, shortened with an ellipsis when its estimated width exceeds {@code width} pixels. */
    static String fit(String text, int width, int px) {
        int fits = (int) Math.floor(width / (px * GLYPH_WIDTH));
        if (text.length() <= fits) {
            return text;
        }
        return text.substring(0, Math.max(0, fits - 1)).stripTrailing() + "\u2026";
    }

    /** Escapes the five XML special characters and drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static Rectangle rect(DiagramNode node) {
        Bounds b = node.getBounds();
        return b == null ? new Rectangle(0, 0, 120, 48) : new Rectangle(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    /** Bounding box of the nodes and bend points, in diagram units. */
    private static Rectangle extent(Diagram diagram) {
        Rectangle extent = new Rectangle(0, 0, 0, 0);
        for (DiagramNode node : diagram.getNodes()) {
            extent = extent.union(rect(node));
        }
        for (Connector c : diagram.getConnectors()) {
            for (BendPoint p : c.getBendPoints()) {
                extent = extent.union(new Rectangle(p.getX(), p.getY(), 1, 1));
            }
        }
        return extent;
    }

    private static String pointList(int[] points) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            list.append(i == 0 ? "" : " ").append(points[i]).append(',').append(points[i + 1]);
        }
        return list.toString();
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }
}
