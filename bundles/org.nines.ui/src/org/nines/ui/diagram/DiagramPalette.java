package org.nines.ui.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The palette left of the diagram: structure tools and component kinds grouped by category (see
 * {@link PaletteEntry#categoryOf}) under collapsible headers, each entry a 16 x 16 icon and a label with a tooltip.
 * Drag an entry onto the diagram, or click it and then click the diagram (Esc or a second click on the entry
 * cancels); the Connector entry switches the canvas's connector tool on and off. The canvas also accepts components
 * dragged from the Components table or the Outline (see {@link DiagramDropSupport}, {@link ComponentDrag}).
 * Test ids: {@code diagram.palette}, {@code palette.header.<CATEGORY>}, {@code palette.entry.<key>}.
 */
public final class DiagramPalette extends Composite {
    /** Width of the palette column in pixels. */
    public static final int WIDTH = 170;
    private static final int ITEM_HEIGHT = 24;
    private static final RGB BACKGROUND = new RGB(250, 251, 253);
    private static final RGB HEADER = new RGB(236, 239, 244);
    private static final RGB HOVER = new RGB(222, 234, 252);
    private static final RGB ARMED = new RGB(190, 215, 250);
    private final DiagramCanvas canvas;
    private final DiagramDropSupport drops;
    private final KindIcons icons;
    private final Font bold;
    private final Map<RGB, Color> colors = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final ScrolledComposite scroller;
    private final Composite content;
    private PaletteEntry armed;

    /** A palette for the canvas; also installs the canvas's drop target. */
    public DiagramPalette(Composite parent, DiagramCanvas canvas, EditingDomain domain) {
        super(parent, SWT.NONE);
        this.canvas = canvas;
        this.drops = new DiagramDropSupport(canvas, domain);
        this.icons = new KindIcons(getDisplay());
        FontData base = getDisplay().getSystemFont().getFontData()[0];
        this.bold = new Font(getDisplay(), base.getName(), base.getHeight(), SWT.BOLD);
        setData("testid", "diagram.palette");
        setLayout(fill());
        scroller = new ScrolledComposite(this, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        content.setBackground(color(BACKGROUND));
        content.setLayout(fill());
        scroller.setContent(content);
        scroller.setBackground(color(BACKGROUND));
        for (PaletteEntry.Category category : PaletteEntry.Category.values()) {
            section(category);
        }
        relayout();
        scroller.addListener(SWT.Resize, e -> relayout());
        listenToCanvas();
        addListener(SWT.Dispose, e -> {
            icons.dispose();
            bold.dispose();
            colors.values().forEach(Color::dispose);
        });
    }

    /** Clicks place the armed entry, Esc disarms it, the Connector entry shows the connector tool's state. */
    private void listenToCanvas() {
        Listener clicked = this::canvasClicked;
        Listener escape = e -> {
            if (e.keyCode == SWT.ESC) {
                arm(null);
            }
        };
        canvas.addListener(SWT.MouseUp, clicked);
        canvas.addListener(SWT.KeyDown, escape);
        canvas.onConnectTool(on -> { // highlight the Connector entry while the tool is on
            Control connector = item(PaletteEntry.Tool.CONNECTOR.key());
            if (connector != null && !connector.isDisposed()) {
                connector.redraw();
            }
        });
        addListener(SWT.Dispose, e -> {
            if (!canvas.isDisposed()) {
                canvas.removeListener(SWT.MouseUp, clicked);
                canvas.removeListener(SWT.KeyDown, escape);
            }
        });
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        Point size = super.computeSize(wHint, hHint, changed);
        return new Point(wHint == SWT.DEFAULT ? WIDTH : wHint, size.y);
    }

    /** The drop and placement support of the canvas this palette serves. */
    public DiagramDropSupport dropSupport() {
        return drops;
    }

    /** The entry waiting for a click on the diagram, or null. */
    public PaletteEntry armed() {
        return armed;
    }

    /**
     * Makes an entry wait for a click on the diagram (null: none). The Connector entry instead switches the canvas's
     * connector tool on, or off when it is on; arming any other entry switches it off.
     */
    public void arm(PaletteEntry entry) {
        if (entry == PaletteEntry.Tool.CONNECTOR) {
            canvas.setConnectTool(!canvas.connectTool());
            entry = null;
        } else if (entry != null && canvas.connectTool()) {
            canvas.setConnectTool(false);
        }
        armed = entry;
        if (!canvas.connectTool()) {
            canvas.setCursor(entry == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        }
        items.values().forEach(Item::redraw);
    }

    /** The palette item of an entry key (for tests), e.g. {@code SERVER} or {@code tool.kofn}. */
    public Control item(String key) {
        return items.get(key);
    }

    private void canvasClicked(Event e) {
        if (armed != null && e.button == 1) {
            PaletteEntry entry = armed;
            arm(null);
            drops.place(entry, e.x, e.y);
        }
    }

    private void section(PaletteEntry.Category category) {
        Header header = new Header(content, category);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (PaletteEntry entry : PaletteEntry.entries(category)) {
            Item item = new Item(content, entry);
            item.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            header.items.add(item);
            items.put(entry.key(), item);
        }
    }

    private void relayout() {
        content.layout(true, true);
        Rectangle area = scroller.getClientArea();
        scroller.setMinSize(content.computeSize(area.width > 0 ? area.width : WIDTH, SWT.DEFAULT));
    }

    private static GridLayout fill() {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        return layout;
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(getDisplay(), c));
    }

    /** A category title; clicking it shows or hides the category's entries. */
    private final class Header extends Canvas {
        private final PaletteEntry.Category category;
        private final java.util.List<Item> items = new java.util.ArrayList<>();
        private boolean expanded = true;

        Header(Composite parent, PaletteEntry.Category category) {
            super(parent, SWT.NONE);
            this.category = category;
            setData("testid", "palette.header." + category.name());
            setToolTipText("Show or hide the " + category.label().toLowerCase(java.util.Locale.ROOT) + " entries");
            setCursor(getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            addListener(SWT.Paint, this::paint);
            addListener(SWT.MouseUp, e -> toggle());
        }

        @Override
        public Point computeSize(int wHint, int hHint, boolean changed) {
            return new Point(wHint == SWT.DEFAULT ? WIDTH : wHint, 24);
        }

        private void toggle() {
            expanded = !expanded;
            for (Item item : items) {
                item.setVisible(expanded);
                ((GridData) item.getLayoutData()).exclude = !expanded;
            }
            redraw();
            relayout();
        }

        private void paint(Event e) {
            GC gc = e.gc;
            Rectangle r = getClientArea();
            gc.setAntialias(SWT.ON);
            gc.setBackground(color(HEADER));
            gc.fillRectangle(r);
            gc.setForeground(color(new RGB(214, 219, 227)));
            gc.drawLine(0, r.height - 1, r.width, r.height - 1);
            gc.setBackground(color(new RGB(90, 98, 112)));
            int cy = r.height / 2;
            gc.fillPolygon(expanded ? new int[] { 8, cy - 2, 16, cy - 2, 12, cy + 3 } : new int[] { 10, cy - 4, 15, cy, 10, cy + 4 });
            gc.setFont(bold);
            gc.setForeground(color(new RGB(45, 52, 64)));
            Point extent = gc.textExtent(category.label());
            gc.drawText(category.label(), 22, (r.height - extent.y) / 2, true);
        }
    }

    /** One entry: icon and label, hover highlight, draggable, click to arm. */
    private final class Item extends Canvas {
        private final PaletteEntry entry;
        private boolean hover;

        Item(Composite parent, PaletteEntry entry) {
            super(parent, SWT.NONE);
            this.entry = entry;
            setData("testid", "palette.entry." + entry.key());
            setToolTipText(entry.label() + "\n" + entry.tooltip());
            addListener(SWT.Paint, this::paint);
            addListener(SWT.MouseEnter, e -> setHover(true));
            addListener(SWT.MouseExit, e -> setHover(false));
            // arm on press (as drawing tools do): a following drag drops the entry instead, and a drop disarms it
            addListener(SWT.MouseDown, e -> {
                if (e.button == 1) {
                    arm(entry.equals(armed) ? null : entry);
                }
            });
            DragSource source = new DragSource(this, DND.DROP_COPY);
            source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
            source.addDragListener(new DragSourceAdapter() {
                @Override
                public void dragStart(DragSourceEvent event) {
                    event.doit = entry != PaletteEntry.Tool.CONNECTOR;
                }

                @Override
                public void dragFinished(DragSourceEvent event) {
                    if (event.doit && event.detail != DND.DROP_NONE) {
                        arm(null);
                    }
                }

                @Override
                public void dragSetData(DragSourceEvent event) {
                    event.data = PaletteEntry.DRAG_PREFIX + entry.key();
                }
            });
        }

        @Override
        public Point computeSize(int wHint, int hHint, boolean changed) {
            return new Point(wHint == SWT.DEFAULT ? WIDTH : wHint, ITEM_HEIGHT);
        }

        private void setHover(boolean hover) {
            this.hover = hover;
            redraw();
        }

        private void paint(Event e) {
            GC gc = e.gc;
            Rectangle r = getClientArea();
            gc.setBackground(color(BACKGROUND));
            gc.fillRectangle(r);
            boolean isArmed = entry.equals(armed) || entry == PaletteEntry.Tool.CONNECTOR && canvas.connectTool();
            if (isArmed || hover) {
                gc.setAntialias(SWT.ON);
                gc.setBackground(color(isArmed ? ARMED : HOVER));
                gc.fillRoundRectangle(3, 1, r.width - 6, r.height - 2, 6, 6);
            }
            int iconY = (r.height - KindIcons.SIZE) / 2;
            icons.paint(gc, entry, 12, iconY);
            gc.setForeground(color(new RGB(30, 34, 42)));
            gc.setFont(getDisplay().getSystemFont());
            String label = DiagramPainter.fit(gc, entry.label(), r.width - 40);
            Point extent = gc.textExtent(label);
            gc.drawText(label, 36, (r.height - extent.y) / 2, true);
        }
    }
}
