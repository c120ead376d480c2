package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula-injection neutralisation (CWE-1236), its loss-free reversal, and sheet and file name hygiene. */
class ExcelTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1"})
    void formulaLikeTextGetsAQuoteMarkerAndComesBackUnchanged(String text) {
        String cell = ExcelText.neutralise(text);
        assertTrue(cell.startsWith("'"), cell);
        assertEquals(text, ExcelText.restore(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "'quoted by the user", "''two", "a=b", "", "x-y"})
    void otherTextRoundTripsUnchanged(String text) {
        assertEquals(text, ExcelText.restore(ExcelText.neutralise(text)));
        assertFalse(ExcelText.dangerous(ExcelText.neutralise(text)));
    }

    @Test
    void controlCharactersOtherThanNewlineAndTabAreDropped() {
        assertEquals("ab\nc\td", ExcelText.neutralise("a\u0000b\nc\td\u0007"));
        assertEquals("", ExcelText.neutralise(null));
    }

    @Test
    void sheetNamesAreLegal() {
        assertEquals("a b c d", ExcelText.sheetName("a:b/c?d"));
        assertEquals("Sheet", ExcelText.sheetName("'''"));
        assertEquals(31, ExcelText.sheetName("x".repeat(40)).length());
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertEquals("Online_shop_v2.0", ExcelText.fileName("Online shop v2.0"));
        assertEquals("etc_passwd", ExcelText.fileName("../../etc/passwd"));
        assertEquals("model", ExcelText.fileName("///"));
    }
}
