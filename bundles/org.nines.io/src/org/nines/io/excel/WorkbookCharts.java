package org.nines.io.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, POI XDDF), not pictures: they refer to the table cells and carry cached values, so
 * Excel and LibreOffice draw them without recalculating. The drawing is created on the sheet's XSSF skeleton, which
 * SXSSF keeps next to the streamed rows.
 */
final class WorkbookCharts {
    private static final XDDFColor[] PALETTE = {XDDFColor.from(PresetColor.ROYAL_BLUE), XDDFColor.from(PresetColor.DARK_ORANGE),
            XDDFColor.from(PresetColor.FOREST_GREEN), XDDFColor.from(PresetColor.CRIMSON), XDDFColor.from(PresetColor.DARK_VIOLET),
            XDDFColor.from(PresetColor.TEAL), XDDFColor.from(PresetColor.GOLDENROD), XDDFColor.from(PresetColor.DIM_GRAY)};

    private WorkbookCharts() {
    }

    /** One point of a scatter chart: its legend name and the rows (0-based) of its x and y cells. */
    record Point(String name, int row, double x, double y) {
    }

    /**
     * A scatter chart, one marker per point (each a series, so the legend names them), no lines.
     *
     * @param area   where the chart goes: first and last row and column (0-based)
     * @param xCol   column of the x values; {@code yCol} of the y values; {@code nameCol} of the names
     */
    static XSSFChart scatter(SXSSFWorkbook wb, String sheetName, CellRangeAddress area, String title, String xTitle,
            String yTitle, String xFormat, String yFormat, List<Point> points, int xCol, int yCol, int nameCol) {
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(sheetName);
        XSSFChart chart = chart(sheet, area, title);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle(xTitle);
        x.setNumberFormat(xFormat);
        x.setCrosses(AxisCrosses.MIN);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(yTitle);
        y.setNumberFormat(yFormat);
        y.setCrosses(AxisCrosses.MIN);
        y.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        int i = 0;
        for (Point p : points) {
            String xs = ref(sheetName, p.row(), xCol);
            String ys = ref(sheetName, p.row(), yCol);
            var series = (XDDFScatterChartData.Series) data.addSeries(XDDFDataSourcesFactory.fromArray(new Double[] {p.x()}, xs),
                    XDDFDataSourcesFactory.fromArray(new Double[] {p.y()}, ys));
            series.setTitle(ExcelText.neutralise(p.name()), new org.apache.poi.ss.util.CellReference(sheetName, p.row(), nameCol, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(i == 0 ? MarkerStyle.DIAMOND : MarkerStyle.CIRCLE);
            // one point per series: no line is drawn; the series colour gives the marker its colour in the legend too
            XDDFShapeProperties colour = new XDDFShapeProperties();
            colour.setFillProperties(new XDDFSolidFillProperties(PALETTE[i % PALETTE.length]));
            colour.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(PALETTE[i % PALETTE.length])));
            series.setShapeProperties(colour);
            i++;
        }
        chart.plot(data);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        return chart;
    }

    /**
     * A column chart of counts per category (a histogram when the categories are bins).
     *
     * @param firstRow first data row (0-based); categories in {@code catCol}, counts in {@code valCol}
     */
    static XSSFChart columns(SXSSFWorkbook wb, String sheetName, CellRangeAddress area, String title, String xTitle,
            String yTitle, String[] categories, double[] values, int firstRow, int catCol, int valCol) {
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(sheetName);
        XSSFChart chart = chart(sheet, area, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(xTitle);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(yTitle);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat("#,##0");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setGapWidth(15);
        data.setVaryColors(false);
        int last = firstRow + categories.length - 1;
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(categories.clone(), range(sheetName, firstRow, last, catCol)),
                XDDFDataSourcesFactory.fromArray(boxed, range(sheetName, firstRow, last, valCol)));
        series.setTitle(yTitle, null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(PALETTE[0]));
        series.setShapeProperties(fill);
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, CellRangeAddress area, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.getFirstColumn(), area.getFirstRow(),
                area.getLastColumn() + 1, area.getLastRow() + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        return chart;
    }

    private static String ref(String sheet, int row, int col) {
        return new org.apache.poi.ss.util.CellReference(sheet, row, col, true, true).formatAsString();
    }

    private static String range(String sheet, int first, int last, int col) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellRangeAddress(first, last, col, col).formatAsString(null, true);
    }
}
