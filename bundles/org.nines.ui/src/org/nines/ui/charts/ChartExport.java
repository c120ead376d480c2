package org.nines.ui.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Saves a chart as PNG or SVG, chosen by the file extension ({@code .png} or {@code .svg}). */
public final class ChartExport {
    /** Default export size in pixels. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private ChartExport() {
    }

    /**
     * Writes the chart to {@code file} at {@code width} x {@code height} pixels (SVG: user units).
     *
     * @throws IllegalArgumentException when the extension is neither .png nor .svg
     * @throws IOException              when the file cannot be written
     */
    public static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
        } else if (name.endsWith(".svg")) {
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new Rectangle(0, 0, width, height));
            Files.writeString(file, svg.getSVGDocument(), StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException(file + ": cannot export a chart to this format, use .png or .svg");
        }
    }
}
