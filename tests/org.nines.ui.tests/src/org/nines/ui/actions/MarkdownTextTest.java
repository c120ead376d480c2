package org.nines.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.ui.actions.MarkdownText.Span;
import org.nines.ui.actions.MarkdownText.Style;

/** Rendering the docs' Markdown as styled plain text. */
class MarkdownTextTest {
    @Test
    void headingsLoseTheirHashesAndGetTheirLevel() {
        MarkdownText m = MarkdownText.parse("# Guide\n\n## Starting\n\n### Detail\n");
        assertEquals("Guide\n\nStarting\n\nDetail", m.text());
        assertEquals(List.of("Guide"), m.texts(Style.HEADING1));
        assertEquals(List.of("Starting"), m.texts(Style.HEADING2));
        assertEquals(List.of("Detail"), m.texts(Style.HEADING3));
    }

    @Test
    void softWrappedLinesJoinIntoOneParagraph() {
        assertEquals("one two\n\nthree", MarkdownText.parse("one\ntwo\n\nthree").text());
    }

    @Test
    void inlineCodeBoldItalicAndLinksAreStyledWithoutTheirMarkup() {
        MarkdownText m = MarkdownText.parse("Run `./nines` **now**, *see* [the Excel guide](excel.md#import).");
        assertEquals("Run ./nines now, see the Excel guide.", m.text());
        assertEquals(List.of("./nines"), m.texts(Style.CODE));
        assertEquals(List.of("now"), m.texts(Style.BOLD));
        assertEquals(List.of("see"), m.texts(Style.ITALIC));
        Span link = m.spans().stream().filter(s -> s.style() == Style.LINK).findFirst().orElseThrow();
        assertEquals("excel.md#import", link.target());
        assertEquals("the Excel guide", m.text().substring(link.start(), link.start() + link.length()));
    }

    @Test
    void multiplicationSignsAndUnderscoresInWordsStayText() {
        assertEquals("a * b and file_name_here", MarkdownText.parse("a * b and file_name_here").text());
    }

    @Test
    void listItemsGetBulletsAndTheirContinuationLines() {
        MarkdownText m = MarkdownText.parse("- first\n  continued\n- second\n\n1. one\n");
        assertEquals("  \u2022 first continued\n  \u2022 second\n\n  1. one", m.text());
        assertEquals(3, m.texts(Style.LIST_ITEM).size());
    }

    @Test
    void codeBlocksKeepTheirLinesVerbatim() {
        MarkdownText m = MarkdownText.parse("```sh\n./nines  **x**\n  indented\n```\nafter");
        assertEquals(List.of("./nines  **x**\n  indented"), m.texts(Style.CODE_BLOCK));
        assertTrue(m.text().endsWith("after"));
    }

    @Test
    void narrowTablesAreAlignedColumnsWithABoldHeader() {
        MarkdownText m = MarkdownText.parse("| what | command |\n|---|---|\n| all | `./verify` |\n| one class | `-Dtest=X` |\n");
        assertEquals(List.of("what       command", "all        ./verify", "one class  -Dtest=X"), m.texts(Style.TABLE));
        assertEquals(List.of("what       command"), m.texts(Style.BOLD));
    }

    @Test
    void wideTablesBecomeEntriesNamedByTheFirstCell() {
        String description = "x".repeat(MarkdownText.MAX_TABLE_WIDTH);
        MarkdownText m = MarkdownText.parse("| command | what it does |\n|---|---|\n| `./nines info FILE` | " + description + " |\n");
        assertEquals(List.of("./nines info FILE"), m.texts(Style.BOLD));
        assertEquals(List.of("    " + description), m.texts(Style.DEFINITION));
        assertFalse(m.text().contains("|"));
    }

    @Test
    void imagesShowTheirAltText() {
        assertEquals("[image: the diagram page]", MarkdownText.parse("![the diagram page](images/diagram.png)").text());
    }

    @Test
    void everyShippedDocRendersWithoutMarkupLeftInHeadings() throws Exception {
        Path docs = Path.of(System.getProperty(UserGuideWindow.PROPERTY, "../../docs"));
        List<Path> files = UserGuideWindow.documents(docs);
        assertEquals(UserGuideWindow.START, files.get(0).getFileName().toString(), "the user guide comes first");
        for (Path file : files) {
            MarkdownText m = MarkdownText.parse(Files.readString(file));
            assertFalse(m.texts(Style.HEADING1).isEmpty(), file + " has a title");
            m.texts(Style.HEADING2).forEach(h -> assertFalse(h.contains("**") || h.contains("`"), file + ": " + h));
            for (Span s : m.spans()) {
                assertTrue(s.start() >= 0 && s.start() + s.length() <= m.text().length(), file + ": span inside the text");
            }
        }
    }
}
