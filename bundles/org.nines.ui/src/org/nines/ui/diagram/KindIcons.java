package org.nines.ui.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.nines.model.ComponentKind;

/**
 * 16 x 16 icons for the palette entries, drawn with a GC at run time (no image files): a rounded tile in the colour
 * of the entry's category with a white glyph for the kind or tool. {@link #paint} draws straight onto any GC (the
 * palette does that, so the hover highlight shows around the tile); {@link #image} renders one onto a given
 * background for tables and menus. Colours and images are owned by this object: dispose it with its widget.
 */
public final class KindIcons {
    /** Icon size in pixels. */
    public static final int SIZE = 16;
    private final Display display;
    private final Map<RGB, Color> colors = new HashMap<>();
    private final Map<String, Image> images = new HashMap<>();

    public KindIcons(Display display) {
        this.display = display;
    }

    /** Tile colour of each palette category. */
    static RGB categoryColor(PaletteEntry.Category category) {
        return switch (category) {
            case STRUCTURE -> new RGB(84, 96, 118);
            case COMPUTE -> new RGB(41, 121, 201);
            case DATA -> new RGB(122, 84, 190);
            case NETWORK -> new RGB(22, 142, 140);
            case POWER -> new RGB(214, 130, 16);
            case FACILITY -> new RGB(118, 124, 56);
            case SOFTWARE -> new RGB(200, 68, 96);
        };
    }

    /** The icon of an entry rendered on a background colour; cached, disposed with this object. */
    public Image image(PaletteEntry entry, RGB background) {
        return images.computeIfAbsent(entry.key() + "@" + background, k -> {
            Image image = new Image(display, SIZE, SIZE);
            GC gc = new GC(image);
            try {
                gc.setBackground(color(background));
                gc.fillRectangle(0, 0, SIZE, SIZE);
                paint(gc, entry, 0, 0);
            } finally {
                gc.dispose();
            }
            return image;
        });
    }

    /** Draws the icon of an entry with its top-left corner at (x, y). */
    public void paint(GC gc, PaletteEntry entry, int x, int y) {
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        PaletteEntry.Category category = switch (entry) {
            case PaletteEntry.Kind kind -> PaletteEntry.categoryOf(kind.kind());
            case PaletteEntry.Tool tool -> PaletteEntry.Category.STRUCTURE;
        };
        gc.setBackground(color(categoryColor(category)));
        gc.fillRoundRectangle(x, y, SIZE, SIZE, 5, 5);
        gc.setForeground(color(new RGB(255, 255, 255)));
        gc.setBackground(color(new RGB(255, 255, 255)));
        switch (entry) {
            case PaletteEntry.Kind kind -> glyph(gc, kind.kind(), x, y);
            case PaletteEntry.Tool tool -> glyph(gc, tool, x, y);
        }
    }

    private void glyph(GC gc, ComponentKind kind, int x, int y) {
        switch (kind) {
            case SERVER -> {
                gc.drawRectangle(x + 3, y + 3, 10, 4);
                gc.drawRectangle(x + 3, y + 9, 10, 4);
                gc.fillRectangle(x + 10, y + 5, 2, 1);
                gc.fillRectangle(x + 10, y + 11, 2, 1);
            }
            case VIRTUAL_MACHINE -> {
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawRectangle(x + 2, y + 2, 11, 11);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.drawRectangle(x + 5, y + 6, 6, 4);
            }
            case DATABASE -> {
                gc.drawOval(x + 3, y + 2, 10, 4);
                gc.drawLine(x + 3, y + 4, x + 3, y + 12);
                gc.drawLine(x + 13, y + 4, x + 13, y + 12);
                gc.drawArc(x + 3, y + 10, 10, 4, 180, 180);
                gc.drawArc(x + 3, y + 6, 10, 4, 180, 180);
            }
            case STORAGE -> {
                for (int i = 0; i < 3; i++) {
                    gc.drawRectangle(x + 3, y + 2 + 4 * i, 10, 3);
                }
                gc.fillRectangle(x + 11, y + 4, 1, 1);
                gc.fillRectangle(x + 11, y + 8, 1, 1);
                gc.fillRectangle(x + 11, y + 12, 1, 1);
            }
            case NETWORK_SWITCH -> {
                gc.drawLine(x + 3, y + 5, x + 12, y + 5);
                gc.drawPolyline(new int[] { x + 10, y + 3, x + 12, y + 5, x + 10, y + 7 });
                gc.drawLine(x + 4, y + 10, x + 13, y + 10);
                gc.drawPolyline(new int[] { x + 6, y + 8, x + 4, y + 10, x + 6, y + 12 });
            }
            case ROUTER -> {
                gc.drawOval(x + 2, y + 2, 11, 11);
                gc.drawLine(x + 5, y + 8, x + 11, y + 8);
                gc.drawLine(x + 8, y + 5, x + 8, y + 11);
            }
            case FIREWALL -> {
                gc.drawRectangle(x + 2, y + 3, 12, 10);
                gc.drawLine(x + 2, y + 6, x + 14, y + 6);
                gc.drawLine(x + 2, y + 9, x + 14, y + 9);
                gc.drawLine(x + 8, y + 3, x + 8, y + 6);
                gc.drawLine(x + 5, y + 6, x + 5, y + 9);
                gc.drawLine(x + 11, y + 6, x + 11, y + 9);
                gc.drawLine(x + 8, y + 9, x + 8, y + 13);
            }
            case LOAD_BALANCER -> {
                gc.fillOval(x + 2, y + 6, 4, 4);
                gc.drawLine(x + 5, y + 8, x + 13, y + 3);
                gc.drawLine(x + 5, y + 8, x + 13, y + 8);
                gc.drawLine(x + 5, y + 8, x + 13, y + 13);
            }
            case LINK -> {
                gc.drawRoundRectangle(x + 2, y + 5, 7, 6, 4, 4);
                gc.drawRoundRectangle(x + 7, y + 5, 7, 6, 4, 4);
            }
            case POWER_FEED -> gc.fillPolygon(new int[] { x + 9, y + 2, x + 4, y + 9, x + 8, y + 9, x + 7, y + 14, x + 12, y + 7, x + 8, y + 7 });
            case UPS -> {
                gc.drawRectangle(x + 2, y + 5, 11, 7);
                gc.fillRectangle(x + 13, y + 7, 2, 3);
                gc.fillRectangle(x + 4, y + 7, 4, 4);
            }
            case GENERATOR -> {
                gc.drawOval(x + 2, y + 2, 11, 11);
                gc.drawArc(x + 4, y + 6, 4, 4, 0, 180);
                gc.drawArc(x + 8, y + 6, 4, 4, 180, 180);
            }
            case COOLING -> {
                gc.drawLine(x + 8, y + 2, x + 8, y + 14);
                gc.drawLine(x + 3, y + 5, x + 13, y + 11);
                gc.drawLine(x + 3, y + 11, x + 13, y + 5);
            }
            case OPERATING_SYSTEM -> {
                gc.drawRectangle(x + 2, y + 3, 12, 10);
                gc.fillRectangle(x + 2, y + 3, 13, 3);
                gc.drawLine(x + 4, y + 9, x + 6, y + 9);
            }
            case APPLICATION -> {
                gc.fillRectangle(x + 3, y + 3, 4, 4);
                gc.fillRectangle(x + 9, y + 3, 4, 4);
                gc.fillRectangle(x + 3, y + 9, 4, 4);
                gc.drawRectangle(x + 9, y + 9, 3, 3);
            }
            case SITE_SERVICE -> {
                gc.drawRectangle(x + 3, y + 4, 10, 10);
                gc.drawLine(x + 2, y + 4, x + 8, y + 1);
                gc.drawLine(x + 8, y + 1, x + 14, y + 4);
                gc.fillRectangle(x + 5, y + 6, 2, 2);
                gc.fillRectangle(x + 9, y + 6, 2, 2);
                gc.fillRectangle(x + 7, y + 10, 2, 4);
            }
            case OTHER -> {
                gc.fillOval(x + 3, y + 7, 2, 2);
                gc.fillOval(x + 7, y + 7, 2, 2);
                gc.fillOval(x + 11, y + 7, 2, 2);
            }
        }
    }

    private void glyph(GC gc, PaletteEntry.Tool tool, int x, int y) {
        switch (tool) {
            case CONNECTOR -> {
                gc.drawLine(x + 3, y + 12, x + 12, y + 3);
                gc.fillPolygon(new int[] { x + 13, y + 2, x + 13, y + 8, x + 7, y + 2 });
            }
            case K_OF_N -> {
                gc.drawOval(x + 2, y + 2, 11, 11);
                gc.drawLine(x + 6, y + 4, x + 6, y + 12);
                gc.drawLine(x + 6, y + 9, x + 10, y + 5);
                gc.drawLine(x + 7, y + 8, x + 10, y + 12);
            }
            case STANDBY -> {
                gc.drawRectangle(x + 2, y + 2, 8, 6);
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawRectangle(x + 6, y + 8, 8, 6);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            case SUB_DIAGRAM -> {
                gc.drawRectangle(x + 2, y + 3, 12, 10);
                gc.fillRectangle(x + 4, y + 7, 3, 3);
                gc.fillRectangle(x + 9, y + 7, 3, 3);
                gc.drawLine(x + 7, y + 8, x + 9, y + 8);
            }
        }
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(display, c));
    }

    /** Frees the images and colours. */
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        colors.values().forEach(Color::dispose);
        colors.clear();
    }
}
