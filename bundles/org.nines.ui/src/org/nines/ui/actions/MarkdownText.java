package org.nines.ui.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of the Nines docs as plain text with style spans, for a StyledText: headings, paragraphs (soft-wrapped
 * lines joined), bullet and numbered lists, fenced code blocks, tables (aligned columns), and inline code, bold,
 * italics, links and images. Not a complete CommonMark parser: it covers what docs/*.md use.
 *
 * @param text  the text to show
 * @param spans styled ranges of {@code text}; they may nest (a link in bold text)
 */
public record MarkdownText(String text, List<Span> spans) {
    /** How a span is shown. */
    public enum Style {
        HEADING1, HEADING2, HEADING3, BOLD, ITALIC, CODE, CODE_BLOCK, TABLE, LINK, LIST_ITEM, DEFINITION
    }

    /**
     * @param start  offset in the text
     * @param length characters covered
     * @param style  how to show them
     * @param target the link target for {@link Style#LINK} (as written: "excel.md", "https://..."), else null
     */
    public record Span(int start, int length, Style style, String target) {
    }

    private static final Pattern INLINE = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(([^)]*)\\)|\\[([^\\]]+)\\]\\(([^)]+)\\)|`([^`]+)`|\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");
    /** Tables wider than this (characters) are shown as one entry per row: too wide for aligned columns. */
    static final int MAX_TABLE_WIDTH = 100;
    private static final Pattern LIST = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");

    public MarkdownText {
        spans = List.copyOf(spans);
    }

    /** Renders Markdown source. */
    public static MarkdownText parse(String markdown) {
        return new Renderer().render(markdown.replace("\r\n", "\n").split("\n", -1));
    }

    /** The spans of a style (for tests). */
    public List<String> texts(Style style) {
        return spans.stream().filter(s -> s.style() == style).map(s -> text.substring(s.start(), s.start() + s.length())).toList();
    }

    private static final class Renderer {
        private final StringBuilder out = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();

        MarkdownText render(String[] lines) {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().startsWith("```")) {
                    flushParagraph();
                    i = codeBlock(lines, i + 1);
                } else if (line.startsWith("#")) {
                    flushParagraph();
                    heading(line);
                } else if (line.strip().startsWith("|")) {
                    flushParagraph();
                    i = table(lines, i);
                } else if (LIST.matcher(line).matches()) {
                    flushParagraph();
                    i = listItem(lines, i);
                } else if (line.isBlank()) {
                    flushParagraph();
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            flushParagraph();
            while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
            return new MarkdownText(out.toString(), spans);
        }

        private void flushParagraph() {
            if (!paragraph.isEmpty()) {
                inline(paragraph.toString());
                out.append("\n\n");
                paragraph.setLength(0);
            }
        }

        private void heading(String line) {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            int start = out.length();
            inline(line.substring(level).strip());
            Style style = level == 1 ? Style.HEADING1 : level == 2 ? Style.HEADING2 : Style.HEADING3;
            spans.add(new Span(start, out.length() - start, style, null));
            out.append("\n\n");
        }

        /** A list item with its continuation lines (indented, not a new item); returns the last line used. */
        private int listItem(String[] lines, int i) {
            Matcher m = LIST.matcher(lines[i]);
            m.matches();
            StringBuilder item = new StringBuilder(m.group(3).strip());
            int next = i + 1;
            while (next < lines.length && !lines[next].isBlank() && lines[next].startsWith(" ")
                    && !LIST.matcher(lines[next]).matches()) {
                item.append(' ').append(lines[next].strip());
                next++;
            }
            int depth = m.group(1).length() / 2;
            String marker = Character.isDigit(m.group(2).charAt(0)) ? m.group(2) : depth == 0 ? "\u2022" : "\u25E6";
            int start = out.length();
            out.append("  ".repeat(depth + 1)).append(marker).append(' ');
            inline(item.toString());
            spans.add(new Span(start, out.length() - start, Style.LIST_ITEM, null));
            out.append('\n');
            boolean listContinues = next < lines.length && LIST.matcher(lines[next]).matches();
            if (!listContinues) {
                out.append('\n');
            }
            return next - 1;
        }

        private int codeBlock(String[] lines, int first) {
            int i = first;
            int start = out.length();
            while (i < lines.length && !lines[i].strip().startsWith("```")) {
                out.append(lines[i]).append('\n');
                i++;
            }
            if (out.length() > start) {
                out.setLength(out.length() - 1);
                spans.add(new Span(start, out.length() - start, Style.CODE_BLOCK, null));
            }
            out.append("\n\n");
            return i;
        }

        /** A pipe table as aligned monospace columns (markup removed, the header bold); returns the last line used. */
        private int table(String[] lines, int first) {
            List<List<String>> rows = new ArrayList<>();
            int i = first;
            for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
                String row = lines[i].strip();
                if (row.matches("\\|?[\\s:|-]+\\|?") && row.contains("-")) {
                    continue; // the |---| line under the header
                }
                List<String> cells = new ArrayList<>();
                for (String cell : row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length())
                        .split("(?<!\\\\)\\|", -1)) {
                    cells.add(plain(cell.strip().replace("\\|", "|")));
                }
                rows.add(cells);
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.max(widths[c], row.get(c).length());
                }
            }
            if (java.util.Arrays.stream(widths).sum() + 2 * columns > MAX_TABLE_WIDTH) {
                entries(rows);
                return i - 1;
            }
            for (int r = 0; r < rows.size(); r++) {
                int start = out.length();
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    out.append(c == 0 ? "" : "  ").append(c == row.size() - 1 ? row.get(c) : pad(row.get(c), widths[c]));
                }
                spans.add(new Span(start, out.length() - start, Style.TABLE, null));
                if (r == 0) {
                    spans.add(new Span(start, out.length() - start, Style.BOLD, null));
                }
                out.append('\n');
            }
            out.append('\n');
            return i - 1;
        }

        /** A wide table as entries: the first cell bold, the others indented below it (named by their header). */
        private void entries(List<List<String>> rows) {
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                int start = out.length();
                out.append(row.get(0));
                spans.add(new Span(start, out.length() - start, Style.BOLD, null));
                out.append('\n');
                for (int c = 1; c < row.size(); c++) {
                    start = out.length();
                    String name = header.size() > 2 && c < header.size() && !header.get(c).isBlank() ? header.get(c) + ": " : "";
                    out.append("    ").append(name).append(row.get(c));
                    spans.add(new Span(start, out.length() - start, Style.DEFINITION, null));
                    out.append('\n');
                }
            }
            out.append('\n');
        }

        private static String pad(String text, int width) {
            return text + " ".repeat(width - text.length());
        }

        /** Inline markup removed: links and images become their text. */
        private static String plain(String markdown) {
            Renderer r = new Renderer();
            r.inline(markdown);
            return r.out.toString();
        }

        private void inline(String text) {
            Matcher m = INLINE.matcher(text);
            int last = 0;
            while (m.find()) {
                out.append(text, last, m.start());
                int start = out.length();
                if (m.group(1) != null) {
                    out.append("[image: ").append(m.group(1).isBlank() ? m.group(2) : m.group(1)).append(']');
                    spans.add(new Span(start, out.length() - start, Style.ITALIC, null));
                } else if (m.group(3) != null) {
                    inline(m.group(3));
                    spans.add(new Span(start, out.length() - start, Style.LINK, m.group(4).strip()));
                } else if (m.group(5) != null) {
                    out.append(m.group(5));
                    spans.add(new Span(start, out.length() - start, Style.CODE, null));
                } else if (m.group(6) != null) {
                    inline(m.group(6));
                    spans.add(new Span(start, out.length() - start, Style.BOLD, null));
                } else {
                    inline(m.group(7));
                    spans.add(new Span(start, out.length() - start, Style.ITALIC, null));
                }
                last = m.end();
            }
            out.append(text, last, text.length());
        }
    }
}
