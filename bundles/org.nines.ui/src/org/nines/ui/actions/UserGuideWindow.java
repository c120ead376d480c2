package org.nines.ui.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.nines.ui.actions.MarkdownText.Span;
import org.nines.ui.actions.MarkdownText.Style;

/**
 * Help &gt; User Guide: the Markdown docs shipped in the bundle's {@code docs/} (or the directory named by the system
 * property {@code nines.docs}) in a window: the list of documents on the left, the chosen one rendered in a StyledText
 * on the right (headings larger and bold, lists, code in monospace). Links to other docs open them; web links open in
 * the system browser.
 */
public final class UserGuideWindow extends Window {
    /** System property naming a directory of docs that replaces the bundled one. */
    public static final String PROPERTY = "nines.docs";
    /** The document shown first. */
    public static final String START = "user-guide.md";
    private final Path docs;
    private final List<Path> documents;
    private org.eclipse.swt.widgets.List list;
    private StyledText text;
    private MarkdownText shown;
    /** Derived fonts by base font name, style and growth: a handful, made once and disposed with the window. */
    private final java.util.Map<String, Font> fonts = new java.util.HashMap<>();

    /** @param docs the directory of .md files, or null when none are installed (the window says so) */
    public UserGuideWindow(Shell parent, Path docs) {
        super(parent);
        this.docs = docs;
        this.documents = documents(docs);
        setShellStyle(SWT.SHELL_TRIM | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /** Opens the guide on the shipped docs. */
    public static UserGuideWindow show(Shell parent) {
        UserGuideWindow window = new UserGuideWindow(parent, ShippedFiles.directory("docs", PROPERTY));
        window.open();
        return window;
    }

    /** The .md files of the directory, the user guide first, then by name. */
    static List<Path> documents(Path docs) {
        if (docs == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(docs)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().equals(START))
                            .thenComparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Nines User Guide");
        shell.setData("testid", "userGuide.shell");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1000, 720);
    }

    @Override
    protected Control createContents(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        list = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData("testid", "userGuide.documents");
        documents.forEach(d -> list.add(d.getFileName().toString()));
        list.addListener(SWT.Selection, e -> {
            if (list.getSelectionIndex() >= 0) {
                showDocument(documents.get(list.getSelectionIndex()));
            }
        });
        text = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setData("testid", "userGuide.text");
        text.setMargins(16, 12, 16, 12);
        text.addListener(SWT.MouseUp, this::followLink);
        text.addListener(SWT.MouseMove, this::linkCursor);
        sash.setWeights(18, 82);
        if (documents.isEmpty()) {
            text.setText("The documentation is not installed with this copy of Nines"
                    + (docs == null ? "." : " (no .md files in " + docs + ").")
                    + "\n\nThe same guide is in the docs/ folder of the Nines sources.");
        } else {
            list.select(0);
            showDocument(documents.get(0));
        }
        sash.addDisposeListener(e -> fonts.values().forEach(Font::dispose));
        return sash;
    }

    /** Shows one document (by file name, as a link names it); returns whether it exists. */
    public boolean showDocument(String fileName) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).getFileName().toString().equals(fileName)) {
                list.select(i);
                showDocument(documents.get(i));
                return true;
            }
        }
        return false;
    }

    private void showDocument(Path document) {
        try {
            shown = MarkdownText.parse(Files.readString(document, StandardCharsets.UTF_8));
        } catch (IOException e) {
            shown = new MarkdownText(document + " cannot be read: " + e.getMessage(), List.of());
        }
        text.setText(shown.text());
        text.setStyleRanges(styleRanges(shown));
        indentListItems(shown);
        text.setTopIndex(0);
    }

    /** The document shown (for tests). */
    public MarkdownText shown() {
        return shown;
    }

    public StyledText text() {
        return text;
    }

    /** Non-overlapping style ranges: the styles of every character combined, nested spans included. */
    private StyleRange[] styleRanges(MarkdownText markdown) {
        int length = markdown.text().length();
        List<EnumSet<Style>> styles = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            styles.add(EnumSet.noneOf(Style.class));
        }
        for (Span span : markdown.spans()) {
            for (int i = span.start(); i < span.start() + span.length(); i++) {
                styles.get(i).add(span.style());
            }
        }
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !styles.get(i).equals(styles.get(start))) {
                if (!styles.get(start).isEmpty()) {
                    ranges.add(range(start, i - start, styles.get(start)));
                }
                start = i;
            }
        }
        return ranges.toArray(StyleRange[]::new);
    }

    private StyleRange range(int start, int length, EnumSet<Style> styles) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        Color blue = text.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        if (styles.contains(Style.HEADING1) || styles.contains(Style.HEADING2) || styles.contains(Style.HEADING3)) {
            int grow = styles.contains(Style.HEADING1) ? 7 : styles.contains(Style.HEADING2) ? 4 : 2;
            range.font = derived(styles.contains(Style.CODE) ? JFaceResources.getTextFont() : text.getFont(), SWT.BOLD, grow);
        } else if (styles.contains(Style.CODE) || styles.contains(Style.CODE_BLOCK) || styles.contains(Style.TABLE)) {
            range.font = derived(JFaceResources.getTextFont(), styles.contains(Style.BOLD) ? SWT.BOLD : SWT.NORMAL, 0);
            if (!styles.contains(Style.TABLE)) {
                range.background = text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
            }
        } else {
            range.fontStyle = (styles.contains(Style.BOLD) ? SWT.BOLD : SWT.NORMAL) | (styles.contains(Style.ITALIC) ? SWT.ITALIC : SWT.NORMAL);
        }
        if (styles.contains(Style.LINK)) {
            range.foreground = blue;
            range.underline = true;
        }
        return range;
    }

    /** A font like {@code base} with the style and {@code grow} points larger, cached and disposed with the window. */
    private Font derived(Font base, int style, int grow) {
        FontData[] data = base.getFontData();
        String key = data[0].getName() + '/' + data[0].getHeight() + '/' + style + '/' + grow;
        return fonts.computeIfAbsent(key, k -> {
            for (FontData d : data) {
                d.setStyle(style);
                d.setHeight(d.getHeight() + grow);
            }
            return new Font(text.getDisplay(), data);
        });
    }

    /** List items wrap under their text, not under the bullet; entries of wide tables under their indent. */
    private void indentListItems(MarkdownText markdown) {
        for (Span span : markdown.spans()) {
            if (span.style() == Style.LIST_ITEM || span.style() == Style.DEFINITION) {
                int line = text.getLineAtOffset(span.start());
                String lineText = text.getLine(line);
                int indent = lineText.length() - lineText.stripLeading().length();
                int textStart = span.style() == Style.DEFINITION ? indent : lineText.indexOf(' ', indent) + 1; // after "  • "
                text.setLineWrapIndent(line, 1, widthOf(lineText.substring(0, textStart)));
            }
        }
    }

    private int widthOf(String prefix) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(text);
        try {
            gc.setFont(text.getFont());
            return gc.textExtent(prefix).x;
        } finally {
            gc.dispose();
        }
    }

    private Span linkAt(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        if (offset < 0 || shown == null) {
            return null;
        }
        return shown.spans().stream().filter(s -> s.style() == Style.LINK && offset >= s.start() && offset < s.start() + s.length())
                .findFirst().orElse(null);
    }

    private void linkCursor(Event e) {
        Span link = linkAt(e.x, e.y);
        text.setCursor(link == null ? null : text.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
    }

    private void followLink(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        Span link = linkAt(e.x, e.y);
        if (link != null) {
            follow(link.target());
        }
    }

    /** Opens a link: another doc of the guide ("excel.md#section"), or a web address in the system browser. */
    public void follow(String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            Program.launch(target);
            return;
        }
        String file = target.replaceFirst("#.*$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.isEmpty() || !showDocument(file)) {
            getShell().setText("Nines User Guide (" + target + " is not part of the guide)");
        }
    }
}
