package org.nines.io.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles of the workbook, created once per workbook (Excel allows about 64,000). */
final class Styles {
    /** Dark blue of headers and titles. */
    static final byte[] BRAND = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    /** Matrix and rating colours: low, medium, high, critical. */
    static final byte[][] RATING = {{(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C},
            {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD}, {(byte) 0xFF, (byte) 0x9A, (byte) 0x9A}};

    private final Workbook wb;
    private final DataFormat format;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final Map<Integer, CellStyle> matrix = new HashMap<>();
    final CellStyle title;
    final CellStyle section;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle note;
    final CellStyle right;
    final CellStyle center;
    final CellStyle computedWrap;
    final String money;

    Styles(Workbook wb, String currency) {
        this.wb = wb;
        this.format = wb.createDataFormat();
        String unit = currency == null ? "" : currency.replaceAll("[^\\p{L}\\p{Sc} ]", "").strip();
        money = unit.isEmpty() ? "#,##0" : "#,##0\" " + unit + "\"";
        title = style(font(16, true, BRAND), null);
        section = style(font(12, true, BRAND), null);
        section.setBorderBottom(BorderStyle.MEDIUM);
        header = style(font(10, true, new byte[] {(byte) 255, (byte) 255, (byte) 255}), BRAND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        label = style(font(10, true, null), null);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        text = style(font(10, false, null), null);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        right = style(font(10, false, null), null);
        right.setAlignment(HorizontalAlignment.RIGHT);
        right.setVerticalAlignment(VerticalAlignment.TOP);
        center = style(font(10, false, null), null);
        center.setAlignment(HorizontalAlignment.CENTER);
        center.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = style(font(10, false, null), null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        note = style(font(10, false, new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}), null);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        computedWrap = style(font(9, false, new byte[] {(byte) 0x40, (byte) 0x40, (byte) 0x40}),
                new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2});
        computedWrap.setWrapText(true);
        computedWrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A number style with an Excel format code, top aligned; {@code computed} ones are shaded grey. */
    CellStyle number(String code, boolean computed) {
        return numbers.computeIfAbsent(code + computed, k -> {
            CellStyle s = style(font(10, false, null), computed ? new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2} : null);
            s.setDataFormat(format.getFormat(code));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    CellStyle number(String code) {
        return number(code, false);
    }

    /** Percent with enough decimals to show the nines of an availability (two more than its nines, 2 to 10). */
    CellStyle availability(double availability) {
        double q = 1 - availability;
        int digits = q > 0 ? (int) Math.max(2, Math.min(10, Math.ceil(-Math.log10(q)))) : 4;
        return number("0." + "0".repeat(digits) + "%");
    }

    /** A risk-matrix cell coloured by its score likelihood x impact. */
    CellStyle matrixCell(int score) {
        return matrix.computeIfAbsent(score, k -> {
            XSSFCellStyle s = (XSSFCellStyle) style(font(9, false, null), RATING[ratingIndex(score)]);
            s.setWrapText(true);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            for (BorderStyle b : new BorderStyle[] {BorderStyle.THIN}) {
                s.setBorderTop(b);
                s.setBorderBottom(b);
                s.setBorderLeft(b);
                s.setBorderRight(b);
                s.setTopBorderColor(IndexedColors.WHITE.getIndex());
                s.setBottomBorderColor(IndexedColors.WHITE.getIndex());
                s.setLeftBorderColor(IndexedColors.WHITE.getIndex());
                s.setRightBorderColor(IndexedColors.WHITE.getIndex());
            }
            return s;
        });
    }

    /** @return 0 low (score 1-4), 1 medium (5-9), 2 high (10-16), 3 critical (17-25) */
    static int ratingIndex(int score) {
        return score <= 4 ? 0 : score <= 9 ? 1 : score <= 16 ? 2 : 3;
    }

    static String rating(int score) {
        return new String[] {"Low", "Medium", "High", "Critical"}[ratingIndex(score)];
    }

    private Font font(int points, boolean bold, byte[] rgb) {
        org.apache.poi.xssf.usermodel.XSSFFont f = (org.apache.poi.xssf.usermodel.XSSFFont) wb.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (rgb != null) {
            f.setColor(new XSSFColor(rgb, null));
        }
        return f;
    }

    private CellStyle style(Font font, byte[] fill) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
