package org.nines.io.excel;

import static org.nines.io.excel.RegisterColumn.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskFigures;
import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.risk.RiskScale;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.io.AtomicFiles;
import org.nines.model.Component;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.Site;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * Writes the risk-register workbook (.xlsx, Office Open XML, no macros) for risk workshops: Summary, Risk Register,
 * Risk Matrix, Components, Cut Sets, and Scenarios and Simulation when their results are given. Rows are streamed
 * (POI SXSSF, {@value #WINDOW} rows in memory per sheet, text as inline strings: {@link StreamingWorkbook}), so
 * memory stays flat for large registers. (Inline strings are about 1.5 times faster to write than a shared strings
 * table; Excel and LibreOffice edit them normally. A POI script that edits such a cell must {@code setBlank()} it first,
 * or POI keeps the old inline text.) Charts are native
 * Excel charts ({@link WorkbookCharts}). All user text goes through {@link ExcelText#neutralise}.
 *
 * <p>The Risk Register keeps live formulas: downtime per year = likelihood x outage x P(service down | hit), loss =
 * downtime x the cost per hour, levels from the scale bounds on the Summary sheet (named cells), scores = likelihood
 * level x impact level. Cached values are the engines' figures, so a reader that does not recalculate shows them.
 */
public final class RiskWorkbookWriter {
    public static final String SUMMARY = "Summary";
    public static final String REGISTER = "Risk Register";
    public static final String MATRIX = "Risk Matrix";
    public static final String COMPONENTS = "Components";
    public static final String CUT_SETS = "Cut Sets";
    public static final String SCENARIOS = "Scenarios";
    public static final String SIMULATION = "Simulation";
    /** Empty rows below the register that carry the drop-down lists, for new risks. */
    public static final int SPARE_ROWS = 200;
    /** Most minimal cut sets listed. */
    public static final int MAX_CUT_SETS = 500;
    static final int WINDOW = 200;
    /** Bytes buffered before the file is written to (the zip writer emits many small chunks). */
    private static final int OUTPUT_BUFFER = 1 << 16;
    static final String COST_NAME = "CostPerHour";
    static final String LIKELIHOOD_NAME = "LikelihoodBound";
    static final String IMPACT_NAME = "ImpactBound";

    private final WorkbookData data;
    private SXSSFWorkbook wb;
    private Styles styles;

    private RiskWorkbookWriter(WorkbookData data) {
        this.data = data;
    }

    /** Writes the workbook to a stream (not closed). */
    public static void write(WorkbookData data, OutputStream out) throws IOException {
        new RiskWorkbookWriter(data).writeTo(out);
    }

    /** Writes the workbook to a file atomically (the old file, if any, stays intact on failure; no backup kept). */
    public static void write(WorkbookData data, Path file) throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, OUTPUT_BUFFER);
            write(data, buffered);
            buffered.flush();
        });
    }

    private void writeTo(OutputStream out) throws IOException {
        wb = new StreamingWorkbook();
        try {
            styles = new Styles(wb, data.model().getCurrency());
            summary();
            register();
            matrix();
            components();
            cutSets();
            if (data.comparison() != null) {
                new ScenarioSheet(wb, styles, data.comparison()).write(SCENARIOS);
            }
            if (data.rareEvents() != null) {
                new RareEventSheet(wb, styles, data.rareEvents(), data.availability().unavailability(),
                        notComparableWithExact(data.model())).write(SIMULATION);
            }
            if (data.simulation() != null) {
                new SimulationSheet(wb, styles, data.simulation()).write(SIMULATION);
            }
            if (data.testPlan() != null) {
                new TestPlanSheet(wb, styles, data.testPlan()).write(TestPlanSheet.NAME);
            }
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    // ---------------------------------------------------------------- Summary

    private void summary() {
        SXSSFSheet s = wb.createSheet(SUMMARY);
        s.setColumnWidth(0, 34 * 256);
        s.setColumnWidth(1, 24 * 256);
        s.setColumnWidth(2, 52 * 256);
        s.setDisplayGridlines(false);
        SystemModel m = data.model();
        AvailabilityResult a = data.availability();
        Rows r = new Rows(s);
        r.text(0, "Availability and risk register: " + nz(m.getName()), styles.title);
        r.next();
        if (m.getDescription() != null && !m.getDescription().isBlank()) {
            Row row = r.text(0, m.getDescription(), styles.note);
            s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
            row.setHeightInPoints(Math.min(120, 15 * (1 + m.getDescription().length() / 120f)));
            r.next();
        }
        r.blank();
        r.section("Document");
        r.pair("Model", m.getName());
        r.pair("Created", data.created().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)));
        r.pair("Tool", "Nines " + data.toolVersion());
        r.pair("Currency", m.getCurrency());
        r.blank();
        r.section("Analysis settings");
        r.value("Mission time (h)", a.missionHours(), styles.number("#,##0.##"));
        r.value("Analysis period (h, one \"year\")", a.periodHours(), styles.number("#,##0.##"));
        if (data.simulation() != null) {
            var sim = data.simulation();
            r.value("Simulation seed", sim.seed(), styles.number("0"));
            r.value("Simulated histories", sim.histories(), styles.number("#,##0"));
            r.value("Years per history", sim.years(), styles.number("0.##"));
        } else if (data.rareEvents() != null) {
            var fb = data.rareEvents();
            r.pair("Simulation", "failure biasing (steady state)");
            r.value("Simulation seed", fb.seed(), styles.number("0"));
            r.value("Regenerative cycles", fb.cycles(), styles.number("#,##0"));
        } else {
            r.pair("Simulation", "not run (exact analysis only)");
        }
        r.blank();
        r.section("Headline figures (exact analysis)");
        r.value("Availability", a.availability(), styles.availability(a.availability()));
        r.value("Nines", a.nines(), styles.number("0.00"));
        r.value("Downtime per year (h)", a.downtimeHoursPerYear(), styles.number("#,##0.000"));
        r.value("Service outages per year", a.failuresPerYear(), styles.number("0.0000"));
        r.value("System MTBF (h)", a.mtbfHours(), styles.number("#,##0"));
        r.value("Mean outage duration (h)", a.meanDowntimeHours(), styles.number("#,##0.00"));
        r.value("Reliability over the mission time", a.reliability(), styles.number("0.0000%"));
        r.value("Expected downtime cost per year (" + nz(m.getCurrency()) + ")", a.downtimeCostPerYear(),
                styles.number(styles.money));
        r.blank();
        r.section("Single points of failure");
        if (a.singlePointsOfFailure().isEmpty()) {
            r.text(0, "None: no single component failure takes the service down.", styles.text);
            r.next();
        }
        for (String spof : a.singlePointsOfFailure()) {
            r.text(0, spof, styles.text);
            r.next();
        }
        r.blank();
        r.section("Risk scales (edit here: the register's levels follow)");
        RiskScale scale = data.register().scale();
        Row head = r.text(0, "Upper bound of level", styles.label);
        head.createCell(1).setCellValue("Likelihood (/yr)");
        head.getCell(1).setCellStyle(styles.label);
        head.createCell(2).setCellValue("Impact: service downtime caused (h/yr)");
        head.getCell(2).setCellStyle(styles.label);
        r.next();
        for (int i = 0; i < 4; i++) {
            Row row = r.text(0, "Level " + (i + 1), styles.text);
            cellNumber(row, 1, scale.likelihoodBounds().get(i), styles.number("0.####"));
            cellNumber(row, 2, scale.impactBounds().get(i), styles.number("0.####"));
            name(LIKELIHOOD_NAME + (i + 1), SUMMARY, row.getRowNum(), 1);
            name(IMPACT_NAME + (i + 1), SUMMARY, row.getRowNum(), 2);
            r.next();
        }
        Row cost = r.value("Downtime cost per hour (" + nz(m.getCurrency()) + ")", m.getDowntimeCostPerHour(),
                styles.number(styles.money));
        name(COST_NAME, SUMMARY, cost.getRowNum(), 1);
        r.blank();
        r.section("How to read this workbook");
        for (String line : HOW_TO_READ) {
            Row row = r.text(0, line, styles.note);
            s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
            row.setHeightInPoints(30);
            r.next();
        }
        portrait(s);
    }

    private static final List<String> HOW_TO_READ = List.of(
            "Availability is the exact steady-state probability that the service is up; downtime and outages are per "
                    + "analysis period (a year unless stated), from the model's failure and repair data.",
            "Risk Register: edit the white columns (likelihood, outage, affected elements, mitigation, owner, status, "
                    + "residual values, notes) and add new rows at the bottom; grey columns are computed and follow live.",
            "Service downtime = likelihood x outage x P(service down | hit): a risk that hits only redundant parts "
                    + "scores low, one that hits a single point of failure high. Score = likelihood level x impact level.",
            "Residual columns left blank mean 'same as inherent'. Proposed rows come from single points of failure and "
                    + "cut sets; set their Source to 'adopt' to take them into the model.",
            "Re-import with: nines import-risks MODEL.nines --xlsx THIS.xlsx (every change is listed; nothing is "
                    + "written when a cell is rejected).");

    // ---------------------------------------------------------------- Risk Register

    private void register() {
        SXSSFSheet s = wb.createSheet(REGISTER);
        RiskRegister reg = data.register();
        String currency = nz(data.model().getCurrency());
        Row head = s.createRow(0);
        head.setHeightInPoints(42);
        for (RegisterColumn c : RegisterColumn.values()) {
            Cell cell = head.createCell(c.ordinal());
            cell.setCellValue(c.header(currency));
            cell.setCellStyle(styles.header);
            s.setColumnWidth(c.ordinal(), c.width() * 256 + 200);
        }
        Map<String, Risk> byId = new HashMap<>();
        for (Risk risk : data.model().getRisks()) {
            byId.put(risk.getId(), risk);
        }
        int n = 1;
        for (AssessedRisk ar : reg.risks()) {
            registerRow(s.createRow(n++), ar, byId.get(ar.id()));
        }
        int last = n - 1 + SPARE_ROWS;
        registerValidations(s, last);
        registerFormatting(s, Math.max(1, n - 1));
        s.createFreezePane(2, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(1, n - 1), 0, RegisterColumn.values().length - 1));
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        s.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        landscape(s, PrintSetup.A3_PAPERSIZE);
    }

    private void registerRow(Row row, AssessedRisk ar, Risk risk) {
        int n = row.getRowNum() + 1;
        RiskFigures in = ar.inherent();
        RiskFigures res = ar.residual();
        text(row, ID, ar.id(), styles.text);
        text(row, SOURCE, risk != null ? SOURCE_MODEL : SOURCE_PROPOSED, styles.text);
        text(row, CATEGORY, ar.category(), styles.text);
        text(row, TITLE, ar.title(), styles.wrap);
        if (risk != null) {
            text(row, DESCRIPTION, risk.getDescription(), styles.wrap);
            text(row, CAUSE, risk.getCause(), styles.wrap);
            text(row, AFFECTED_COMPONENTS, risk.getAffectedComponents().stream().map(Component::getId)
                    .collect(Collectors.joining(" ")), styles.wrap);
            text(row, AFFECTED_SITES, risk.getAffectedSites().stream().map(Site::getId).collect(Collectors.joining(" ")),
                    styles.wrap);
            text(row, MITIGATION, risk.getMitigation(), styles.wrap);
            text(row, NOTES, risk.getNotes(), styles.wrap);
            if (risk.getResidualLikelihoodPerYear() >= 0) {
                number(row, RESIDUAL_LIKELIHOOD, risk.getResidualLikelihoodPerYear(), styles.number("0.####"));
            }
            if (risk.getResidualOutageHours() >= 0) {
                number(row, RESIDUAL_OUTAGE, risk.getResidualOutageHours(), styles.number("#,##0.##"));
            }
        } else {
            text(row, AFFECTED_COMPONENTS, String.join(" ", ar.affectedComponentIds()), styles.wrap);
        }
        text(row, OWNER, ar.owner(), styles.text);
        text(row, STATUS, ar.status(), styles.text);
        number(row, LIKELIHOOD, in.likelihoodPerYear(), styles.number("0.####"));
        number(row, OUTAGE, in.outageHours(), styles.number("#,##0.##"));
        number(row, SERVICE_DOWN, in.serviceDownProbability(), styles.number("[<0.001]0.00E+00;0.000", true));
        String l = ref(LIKELIHOOD, n), o = ref(OUTAGE, n), p = ref(SERVICE_DOWN, n);
        formula(row, LIKELIHOOD_LEVEL, level(LIKELIHOOD_NAME, l), in.likelihoodLevel(), styles.number("0"));
        formula(row, DOWNTIME, l + "*" + o + "*" + p, in.downtimeHoursPerYear(), styles.number("#,##0.000", true));
        formula(row, LOSS, ref(DOWNTIME, n) + "*" + COST_NAME, in.lossPerYear(), styles.number(styles.money, true));
        formula(row, IMPACT_LEVEL, level(IMPACT_NAME, ref(DOWNTIME, n)), in.impactLevel(), styles.number("0", true));
        int score = in.likelihoodLevel() * in.impactLevel();
        formula(row, SCORE, ref(LIKELIHOOD_LEVEL, n) + "*" + ref(IMPACT_LEVEL, n), score, styles.number("0", true));
        textFormula(row, RATING, rating(ref(SCORE, n)), Styles.rating(score));
        String rl = "IF(" + ref(RESIDUAL_LIKELIHOOD, n) + "=\"\"," + l + "," + ref(RESIDUAL_LIKELIHOOD, n) + ")";
        String ro = "IF(" + ref(RESIDUAL_OUTAGE, n) + "=\"\"," + o + "," + ref(RESIDUAL_OUTAGE, n) + ")";
        formula(row, RESIDUAL_LIKELIHOOD_LEVEL, level(LIKELIHOOD_NAME, rl), res.likelihoodLevel(), styles.number("0", true));
        formula(row, RESIDUAL_IMPACT_LEVEL, level(IMPACT_NAME, rl + "*" + ro + "*" + p), res.impactLevel(),
                styles.number("0", true));
        int rscore = res.likelihoodLevel() * res.impactLevel();
        formula(row, RESIDUAL_SCORE, ref(RESIDUAL_LIKELIHOOD_LEVEL, n) + "*" + ref(RESIDUAL_IMPACT_LEVEL, n), rscore,
                styles.number("0", true));
        textFormula(row, RESIDUAL_RATING, rating(ref(RESIDUAL_SCORE, n)), Styles.rating(rscore));
        text(row, REASON, ar.reason(), styles.computedWrap);
        fitRegisterHeight(row, "TITLE", ar.title(), "DESCRIPTION", risk == null ? null : risk.getDescription(), "CAUSE",
                risk == null ? null : risk.getCause(), "MITIGATION", risk == null ? null : risk.getMitigation(), "NOTES",
                risk == null ? null : risk.getNotes(), "REASON", ar.reason());
    }

    /**
     * Sets the row height to fit its wrapped text: streamed rows are not measured by POI, and not every reader
     * recomputes row heights on load. Estimate: about 1.2 characters of 10 pt text per unit of column width.
     */
    static void fitHeight(Row row) {
        int lines = 1;
        Sheet sheet = row.getSheet();
        for (Cell c : row) {
            if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || !c.getCellStyle().getWrapText()) {
                continue;
            }
            double perLine = Math.max(4, sheet.getColumnWidth(c.getColumnIndex()) / 256.0 * 1.2 - 1);
            lines = Math.max(lines, lines(c.getStringCellValue(), perLine));
        }
        row.setHeightInPoints(height(lines));
    }

    /** As {@link #fitHeight(Row)} for a register row, from the texts and column widths without reading cells back. */
    private static void fitRegisterHeight(Row row, String... textsByColumn) {
        int lines = 1;
        for (int i = 0; i + 1 < textsByColumn.length; i += 2) {
            RegisterColumn c = RegisterColumn.valueOf(textsByColumn[i]);
            String text = textsByColumn[i + 1];
            if (text != null) {
                lines = Math.max(lines, lines(text, Math.max(4, (c.width() + 0.8) * 1.2 - 1)));
            }
        }
        row.setHeightInPoints(height(lines));
    }

    private static int lines(String text, double perLine) {
        int n = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            n += Math.max(1, (int) Math.ceil(length / perLine));
            if (end < 0) {
                return n;
            }
            start = end + 1;
        }
    }

    private static float height(int lines) {
        return Math.min(160, 3 + 12.75f * lines);
    }

    /** {@code 1+(x>Bound1)+...+(x>Bound4)}: the level of x on a scale, as {@link RiskScale} computes it. */
    private static String level(String bounds, String x) {
        StringBuilder b = new StringBuilder("1");
        for (int i = 1; i <= 4; i++) {
            b.append("+(").append(x).append(">").append(bounds).append(i).append(")");
        }
        return b.toString();
    }

    private static String rating(String score) {
        return "IF(" + score + "<=4,\"Low\",IF(" + score + "<=9,\"Medium\",IF(" + score + "<=16,\"High\",\"Critical\")))";
    }

    private void registerValidations(Sheet s, int lastRow) {
        DataValidationHelper h = s.getDataValidationHelper();
        list(s, h, CATEGORY, lastRow, enumLiterals(RiskCategory.VALUES));
        list(s, h, STATUS, lastRow, enumLiterals(RiskStatus.VALUES));
        list(s, h, SOURCE, lastRow, new String[] {SOURCE_MODEL, SOURCE_PROPOSED, SOURCE_ADOPT});
        list(s, h, LIKELIHOOD_LEVEL, lastRow, new String[] {"1", "2", "3", "4", "5"});
        positive(s, h, LIKELIHOOD, lastRow, "Likelihood", "expected occurrences per year, > 0");
        positive(s, h, OUTAGE, lastRow, "Outage", "hours the affected elements stay down per occurrence, > 0");
        nonNegative(s, h, RESIDUAL_LIKELIHOOD, lastRow, "Residual likelihood", "per year after mitigation; blank = same");
        nonNegative(s, h, RESIDUAL_OUTAGE, lastRow, "Residual outage", "hours after mitigation; blank = same");
    }

    private static String[] enumLiterals(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
        return values.stream().map(org.eclipse.emf.common.util.Enumerator::getLiteral).toArray(String[]::new);
    }

    private static void list(Sheet s, DataValidationHelper h, RegisterColumn c, int lastRow, String[] values) {
        DataValidation v = h.createValidation(h.createExplicitListConstraint(values), column(c, lastRow));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.createErrorBox("Not in the list", "Pick one of: " + String.join(", ", values));
        s.addValidationData(v);
    }

    private static void positive(Sheet s, DataValidationHelper h, RegisterColumn c, int lastRow, String title, String prompt) {
        decimal(s, h, c, lastRow, title, prompt,
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null));
    }

    private static void nonNegative(Sheet s, DataValidationHelper h, RegisterColumn c, int lastRow, String title, String prompt) {
        decimal(s, h, c, lastRow, title, prompt,
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null));
    }

    private static void decimal(Sheet s, DataValidationHelper h, RegisterColumn c, int lastRow, String title, String prompt,
            DataValidationConstraint constraint) {
        DataValidation v = h.createValidation(constraint, column(c, lastRow));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(title, title + ": " + prompt);
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        s.addValidationData(v);
    }

    private static CellRangeAddressList column(RegisterColumn c, int lastRow) {
        return new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal());
    }

    private void registerFormatting(Sheet s, int lastRow) {
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        for (RegisterColumn c : List.of(LIKELIHOOD_LEVEL, IMPACT_LEVEL, RESIDUAL_LIKELIHOOD_LEVEL, RESIDUAL_IMPACT_LEVEL)) {
            CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, c.ordinal(), c.ordinal())};
            String first = ref(c, 2);
            colour(cf, range, first + ">=5", 3);
            colour(cf, range, first + "=4", 2);
            colour(cf, range, first + "=3", 1);
            colour(cf, range, "AND(ISNUMBER(" + first + ")," + first + "<=2)", 0);
        }
        for (RegisterColumn[] pair : new RegisterColumn[][] {{SCORE, RATING}, {RESIDUAL_SCORE, RESIDUAL_RATING}}) {
            CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, pair[0].ordinal(), pair[1].ordinal())};
            String score = "$" + CellReference.convertNumToColString(pair[0].ordinal()) + "2";
            colour(cf, range, score + ">16", 3);
            colour(cf, range, "AND(" + score + ">9," + score + "<=16)", 2);
            colour(cf, range, "AND(" + score + ">4," + score + "<=9)", 1);
            colour(cf, range, "AND(ISNUMBER(" + score + ")," + score + "<=4)", 0);
        }
    }

    private static void colour(SheetConditionalFormatting cf, CellRangeAddress[] range, String formula, int rating) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(Styles.RATING[rating], null));
        fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(range, rule);
    }

    // ---------------------------------------------------------------- Risk Matrix

    private void matrix() {
        SXSSFSheet s = wb.createSheet(MATRIX);
        s.setDisplayGridlines(false);
        s.setColumnWidth(0, 16 * 256);
        for (int c = 1; c <= 5; c++) {
            s.setColumnWidth(c, 20 * 256);
        }
        Rows r = new Rows(s);
        r.text(0, "Risk matrix: likelihood x impact (count and IDs per cell)", styles.title);
        r.next();
        r.blank();
        RiskScale scale = data.register().scale();
        for (boolean residual : new boolean[] {false, true}) {
            r.section(residual ? "Residual (after mitigation)" : "Inherent (before mitigation)");
            Map<String, List<String>> ids = new HashMap<>();
            for (AssessedRisk ar : data.register().risks()) {
                RiskFigures f = residual ? ar.residual() : ar.inherent();
                ids.computeIfAbsent(f.likelihoodLevel() + "x" + f.impactLevel(), k -> new ArrayList<>()).add(ar.id());
            }
            for (int l = 5; l >= 1; l--) {
                Row row = r.text(0, "L" + l + " " + band(scale.likelihoodBounds(), l, "/yr"), styles.label);
                row.setHeightInPoints(40);
                for (int i = 1; i <= 5; i++) {
                    List<String> cell = ids.getOrDefault(l + "x" + i, List.of());
                    Cell c = row.createCell(i);
                    c.setCellStyle(styles.matrixCell(l * i));
                    if (!cell.isEmpty()) {
                        String list = String.join(", ", cell.subList(0, Math.min(12, cell.size())))
                                + (cell.size() > 12 ? ", …" : "");
                        c.setCellValue(ExcelText.neutralise(cell.size() + ": " + list));
                    }
                }
                r.next();
            }
            Row axis = r.text(0, "Impact →", styles.label);
            for (int i = 1; i <= 5; i++) {
                Cell c = axis.createCell(i);
                c.setCellValue("I" + i + " " + band(scale.impactBounds(), i, "h/yr"));
                c.setCellStyle(styles.label);
            }
            r.next();
            r.blank();
        }
        Row note = r.text(0, "Likelihood in occurrences per year; impact = expected service downtime the risk causes per "
                + "year. Colours: green low (score 1-4), yellow medium (5-9), orange high (10-16), red critical (17-25).",
                styles.note);
        s.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), 0, 5));
        note.setHeightInPoints(28);
        portrait(s);
        s.getPrintSetup().setFitHeight((short) 1);
    }

    private static String band(List<Double> bounds, int level, String unit) {
        if (level == 1) {
            return "(≤ " + fmt(bounds.get(0)) + " " + unit + ")";
        }
        if (level == 5) {
            return "(> " + fmt(bounds.get(3)) + " " + unit + ")";
        }
        return "(" + fmt(bounds.get(level - 2)) + "–" + fmt(bounds.get(level - 1)) + " " + unit + ")";
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%s", x);
    }

    // ---------------------------------------------------------------- Components

    private static final String[] COMPONENT_HEADERS = {"ID", "Name", "Kind", "Site", "Failure law", "MTTF (h)",
            "Repair law", "MTTR (h)", "CAPEX", "OPEX (/yr)", "Service life (yr)", "Unavailability", "Failures (/yr)",
            "Downtime share (h/yr)", "Birnbaum", "Criticality", "Fussell-Vesely", "RAW", "RRW"};
    private static final int[] COMPONENT_WIDTHS = {14, 28, 17, 10, 28, 11, 24, 10, 12, 12, 9, 12, 10, 12, 10, 10, 10, 9, 9};

    private void components() {
        SXSSFSheet s = wb.createSheet(COMPONENTS);
        String cur = nz(data.model().getCurrency());
        String[] headers = COMPONENT_HEADERS.clone();
        headers[8] = "CAPEX (" + cur + ")";
        headers[9] = "OPEX (" + cur + "/yr)";
        header(s, headers, COMPONENT_WIDTHS);
        Map<String, EventResult> events = new HashMap<>();
        for (EventResult e : data.availability().events()) {
            events.put(e.key(), e);
        }
        Map<String, ComponentSnapshot> snaps = new HashMap<>();
        for (ComponentSnapshot c : data.snapshot().components()) {
            snaps.put(c.id(), c);
        }
        int n = 1;
        for (Component c : data.model().getComponents()) {
            Row row = s.createRow(n++);
            cellText(row, 0, c.getId(), styles.text);
            cellText(row, 1, c.getName(), styles.wrap);
            cellText(row, 2, c.getKind() == null ? "" : c.getKind().getLiteral(), styles.text);
            cellText(row, 3, c.getSite() == null ? "" : c.getSite().getId(), styles.text);
            cellText(row, 4, failureLaw(c.getFailure()), styles.text);
            cellText(row, 6, repairLaw(c.getRepair()), styles.text);
            ComponentSnapshot snap = snaps.get(c.getId());
            if (snap != null && snap.failure() != null) {
                cellNumber(row, 5, snap.failure().mean(), styles.number("#,##0"));
            }
            if (snap != null && snap.repair() != null) {
                cellNumber(row, 7, snap.repair().mean(), styles.number("#,##0.##"));
            }
            cellNumber(row, 8, c.getCapex(), styles.number(styles.money));
            cellNumber(row, 9, c.getOpexPerYear(), styles.number(styles.money));
            cellNumber(row, 10, c.getServiceLifeYears(), styles.number("0.#"));
            eventCells(row, events.remove(c.getId()));
            fitHeight(row);
        }
        for (EventResult e : data.availability().events()) {
            if (events.containsKey(e.key())) {
                Row row = s.createRow(n++);
                cellText(row, 0, e.key(), styles.text);
                cellText(row, 1, e.label(), styles.wrap);
                cellText(row, 2, e.kind().name(), styles.text);
                eventCells(row, e);
                fitHeight(row);
            }
        }
        finishTable(s, n - 1, headers.length, 1);
    }

    private void eventCells(Row row, EventResult e) {
        if (e == null) {
            return;
        }
        cellNumber(row, 11, e.unavailability(), styles.number("0.000E+00"));
        cellNumber(row, 12, e.failuresPerYear(), styles.number("0.0000"));
        cellNumber(row, 13, e.downtimeHoursPerYear(), styles.number("#,##0.000"));
        cellNumber(row, 14, e.birnbaum(), styles.number("0.000E+00"));
        cellNumber(row, 15, e.criticality(), styles.number("0.00%"));
        cellNumber(row, 16, e.fussellVesely(), styles.number("0.00%"));
        cellNumber(row, 17, e.raw(), styles.number("#,##0.0"));
        cellNumber(row, 18, e.rrw(), styles.number("#,##0.000"));
    }

    static String failureLaw(FailureModel f) {
        return switch (f) {
            case null -> "";
            case ExponentialFailure e -> "Exponential, MTBF " + fmt(e.getMtbfHours()) + " h";
            case WeibullFailure w -> "Weibull β " + fmt(w.getShape()) + ", η " + fmt(w.getScaleHours()) + " h"
                    + (w.getLocationHours() > 0 ? ", γ " + fmt(w.getLocationHours()) + " h" : "");
            case LognormalFailure l -> "Lognormal, mean " + fmt(l.getMeanHours()) + " h, σ " + fmt(l.getSigma());
            case NormalFailure nf -> "Normal, mean " + fmt(nf.getMeanHours()) + " h, sd " + fmt(nf.getSdHours()) + " h";
            case UniformFailure u -> "Uniform " + fmt(u.getMinHours()) + "–" + fmt(u.getMaxHours()) + " h";
            case FixedProbabilityFailure p -> "Fixed probability " + fmt(p.getProbability());
            default -> f.eClass().getName();
        };
    }

    static String repairLaw(RepairModel r) {
        return switch (r) {
            case null -> "";
            case ExponentialRepair e -> "Exponential, MTTR " + fmt(e.getMttrHours()) + " h";
            case LognormalRepair l -> "Lognormal, mean " + fmt(l.getMeanHours()) + " h, σ " + fmt(l.getSigma());
            case NormalRepair nr -> "Normal, mean " + fmt(nr.getMeanHours()) + " h, sd " + fmt(nr.getSdHours()) + " h";
            case UniformRepair u -> "Uniform " + fmt(u.getMinHours()) + "–" + fmt(u.getMaxHours()) + " h";
            case FixedRepair x -> "Fixed " + fmt(x.getHours()) + " h";
            case NonRepairable x -> "Not repairable";
            default -> r.eClass().getName();
        };
    }

    // ---------------------------------------------------------------- Cut Sets

    private void cutSets() {
        SXSSFSheet s = wb.createSheet(CUT_SETS);
        String[] headers = {"Rank", "Order", "Events (all failed at once)", "Keys", "Probability",
                "Share of unavailability (upper bound)"};
        header(s, headers, new int[] {7, 7, 60, 40, 13, 14});
        double q = data.availability().unavailability();
        int n = 1;
        for (CutSetResult cs : data.availability().minimalCutSets()) {
            if (n > MAX_CUT_SETS) {
                break;
            }
            Row row = s.createRow(n);
            cellNumber(row, 0, n, styles.number("0"));
            cellNumber(row, 1, cs.order(), styles.number("0"));
            row.getCell(1).setCellStyle(styles.center);
            cellText(row, 2, String.join(" + ", cs.labels()), styles.wrap);
            cellText(row, 3, String.join(" ", cs.keys()), styles.wrap);
            cellNumber(row, 4, cs.probability(), styles.number("0.000E+00"));
            if (q > 0) {
                cellNumber(row, 5, cs.probability() / q, styles.number("0.00%"));
            }
            fitHeight(row);
            n++;
        }
        int last = n - 1;
        if (data.availability().cutSetsTruncated() || data.availability().minimalCutSets().size() > MAX_CUT_SETS) {
            Row row = s.createRow(n + 1);
            cellText(row, 2, "Only the most probable minimal cut sets are listed.", styles.note);
        }
        finishTable(s, last, headers.length, 1);
    }

    // ---------------------------------------------------------------- helpers

    /** Header row, widths, and the common table finish: frozen header, filter, print setup. */
    void header(Sheet s, String[] headers, int[] widths) {
        Row head = s.createRow(0);
        head.setHeightInPoints(32);
        for (int i = 0; i < headers.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(styles.header);
            s.setColumnWidth(i, widths[i] * 256 + 200);
        }
    }

    void finishTable(Sheet s, int lastRow, int columns, int frozenColumns) {
        s.createFreezePane(frozenColumns, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow), 0, columns - 1));
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        landscape(s, PrintSetup.A4_PAPERSIZE);
    }

    private void landscape(Sheet s, short paper) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(paper);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(false);
        s.setMargin(Sheet.LeftMargin, 0.4);
        s.setMargin(Sheet.RightMargin, 0.4);
        s.setMargin(Sheet.TopMargin, 0.6);
        s.setMargin(Sheet.BottomMargin, 0.6);
        headerFooter(s);
    }

    private void portrait(Sheet s) {
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        headerFooter(s);
    }

    private void headerFooter(Sheet s) {
        String model = nz(data.model().getName()).replace("&", "&&");
        s.getHeader().setLeft(model.length() > 80 ? model.substring(0, 80) : model);
        s.getHeader().setRight(s.getSheetName());
        s.getFooter().setLeft("Nines " + data.toolVersion().replace("&", "&&"));
        s.getFooter().setRight("Page &P of &N");
    }

    private void name(String name, String sheet, int row, int col) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet + "'!" + new CellReference(row, col, true, true).formatAsString(false));
    }

    static String ref(RegisterColumn c, int excelRow) {
        return CellReference.convertNumToColString(c.ordinal()) + excelRow;
    }

    private static void text(Row row, RegisterColumn c, String value, CellStyle style) {
        cellText(row, c.ordinal(), value, style);
    }

    private static void number(Row row, RegisterColumn c, double value, CellStyle style) {
        cellNumber(row, c.ordinal(), value, style);
    }

    private void formula(Row row, RegisterColumn c, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(c.ordinal());
        cell.setCellFormula(formula);
        if (Double.isFinite(cached)) {
            cell.setCellValue(cached);
        }
        cell.setCellStyle(style);
    }

    private void textFormula(Row row, RegisterColumn c, String formula, String cached) {
        Cell cell = row.createCell(c.ordinal());
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.number("@", true));
    }

    /**
     * Why the exact analysis, which repairs every component at once and lets components age while the service is down,
     * estimates another quantity than a simulation of this model; null when they estimate the same.
     */
    static String notComparableWithExact(org.nines.model.SystemModel model) {
        if (model.getRepairCrews() > 0 || model.getSites().stream().anyMatch(site -> site.getRepairCrews() > 0)) {
            return "limited repair crews, which the exact analysis does not model";
        }
        return model.isNoAgeingWhileSystemDown() ? "no ageing while the system is down, which the exact analysis does not model"
                : null;
    }

    static void cellText(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(ExcelText.neutralise(value));
        }
        cell.setCellStyle(style);
    }

    static void cellNumber(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        } else if (!Double.isNaN(value)) {
            cell.setCellValue(value > 0 ? "∞" : "-∞");
        }
        cell.setCellStyle(style);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Appends label/value rows to a sheet, top to bottom. */
    final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        Row row() {
            Row row = sheet.getRow(next);
            return row != null ? row : sheet.createRow(next);
        }

        void next() {
            next++;
        }

        void blank() {
            next++;
        }

        Row text(int col, String value, CellStyle style) {
            Row row = row();
            cellText(row, col, value, style);
            return row;
        }

        void section(String title) {
            Row row = text(0, title, styles.section);
            for (int c = 1; c <= 2; c++) {
                row.createCell(c).setCellStyle(styles.section);
            }
            next();
        }

        void pair(String label, String value) {
            Row row = text(0, label, styles.label);
            cellText(row, 1, value, styles.text);
            next();
        }

        Row value(String label, double value, CellStyle style) {
            Row row = text(0, label, styles.label);
            cellNumber(row, 1, value, style);
            next();
            return row;
        }
    }
}
