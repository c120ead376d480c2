package org.nines.io.excel;

import static org.nines.io.excel.RegisterColumn.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.analysis.risk.RiskScale;
import org.nines.model.Component;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.Site;
import org.nines.model.SystemModel;

/**
 * Takes a workshop's edits of the Risk Register sheet back into a model. Rows are matched by risk ID; columns by their
 * header text ({@link RegisterColumn#key()}), so reordered or extra columns do no harm. Only editable columns are read;
 * computed ones are ignored (Nines recomputes them).
 *
 * <ul>
 * <li>a row whose ID is a risk of the model updates it: every field that differs is reported as a {@link Change};
 * <li>a row with a new ID becomes a new risk (likelihood and outage required);
 * <li>a row with Source {@code proposed} is a proposal Nines computed: skipped unless the workshop set its Source to
 * {@code adopt}, which adds it as a risk (flag {@code derived} kept);
 * <li>a likelihood level (1-5) typed over the level formula, that disagrees with the likelihood per year, sets the
 * likelihood to the level's representative value: the geometric middle of its band (level 1 from a tenth of the
 * first bound, level 5 up to ten times the last);
 * <li>risks of the model missing from the sheet stay unchanged (listed in {@link Result#notes()}).
 * </ul>
 * Every cell that cannot be taken (unknown component or site, bad number, unknown category or status, formula in a
 * text field, duplicate ID) is a {@link Rejection} with its sheet/cell reference; a result with any rejection must not
 * be saved. The input model is never modified: the result holds an updated copy.
 */
public final class RiskWorkbookImporter {
    /** One changed field: {@code Risk Register!I5: R-03 likelihoodPerYear 4 -> 2}. */
    public record Change(String cell, String riskId, String field, String oldValue, String newValue) {
        @Override
        public String toString() {
            return cell + ": " + riskId + " " + field + " " + oldValue + " -> " + newValue;
        }
    }

    /** One cell that could not be taken, with the reason. */
    public record Rejection(String cell, String riskId, String reason) {
        @Override
        public String toString() {
            return cell + ": " + (riskId == null || riskId.isEmpty() ? "" : riskId + ": ") + reason;
        }
    }

    /**
     * @param model   updated copy of the input model (complete even when there are rejections; do not save it then)
     * @param changes every changed field of existing risks, in sheet order
     * @param added   ids of the new risks, in sheet order
     * @param errors  rejected cells; empty when the import may be saved
     * @param notes   information that needs no action (skipped proposals, risks missing from the sheet)
     */
    public record Result(SystemModel model, List<Change> changes, List<String> added, List<Rejection> errors,
            List<String> notes) {
        public Result {
            changes = List.copyOf(changes);
            added = List.copyOf(added);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        public boolean changed() {
            return !changes.isEmpty() || !added.isEmpty();
        }
    }

    private final SystemModel model;
    private final RiskScale scale;
    private final Map<String, Component> components = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<Rejection> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> skippedProposals = new ArrayList<>();
    private Map<RegisterColumn, Integer> columns;
    private String sheetName;

    private RiskWorkbookImporter(SystemModel original) {
        model = EcoreUtil.copy(original);
        scale = RiskScale.of(model);
        model.getComponents().forEach(c -> components.put(c.getId(), c));
        model.getSites().forEach(s -> sites.put(s.getId(), s));
        model.getRisks().forEach(r -> risks.put(r.getId(), r));
    }

    /**
     * Reads the Risk Register of a workbook and applies it to a copy of the model.
     *
     * @throws ExcelImportException when the file is not a readable, safe .xlsx workbook or has no Risk Register sheet
     *                              with an ID column
     */
    public static Result importRisks(SystemModel model, Path xlsx) throws IOException {
        try (XSSFWorkbook wb = SafeXlsx.open(xlsx)) {
            return fromWorkbook(model, wb, xlsx.getFileName().toString());
        }
    }

    /** As {@link #importRisks(SystemModel, Path)}, from an open workbook; {@code fileName} is for messages only. */
    public static Result fromWorkbook(SystemModel model, XSSFWorkbook wb, String fileName) throws ExcelImportException {
        Sheet sheet = wb.getSheet(RiskWorkbookWriter.REGISTER);
        if (sheet == null) {
            throw new ExcelImportException(fileName + ": no sheet '" + RiskWorkbookWriter.REGISTER
                    + "' (export one with: nines export MODEL --xlsx OUT.xlsx)");
        }
        if (sheet.getLastRowNum() > SafeXlsx.MAX_ROWS) {
            throw new ExcelImportException(fileName + ": sheet '" + sheet.getSheetName() + "' has " + sheet.getLastRowNum()
                    + " rows, more than the " + SafeXlsx.MAX_ROWS + " accepted");
        }
        RiskWorkbookImporter importer = new RiskWorkbookImporter(model);
        importer.read(sheet, fileName);
        return new Result(importer.model, importer.changes, importer.added, importer.errors, importer.notes);
    }

    private void read(Sheet sheet, String fileName) throws ExcelImportException {
        sheetName = sheet.getSheetName();
        columns = headers(sheet.getRow(0));
        if (!columns.containsKey(ID)) {
            throw new ExcelImportException(fileName + ": sheet '" + sheetName + "' has no 'ID' column in row 1");
        }
        Set<String> seen = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            String id = text(row, ID, null);
            if (id == null) {
                continue;
            }
            if (id.isBlank()) {
                errors.add(new Rejection(ref(row, ID), "", "row has data but no risk ID"));
                continue;
            }
            id = id.strip();
            if (!seen.add(id)) {
                errors.add(new Rejection(ref(row, ID), id, "duplicate risk ID"));
                continue;
            }
            String source = columns.containsKey(SOURCE) ? Objects.requireNonNullElse(text(row, SOURCE, id), "").strip()
                    .toLowerCase(Locale.ROOT) : "";
            Risk existing = risks.get(id);
            if (existing != null) {
                update(row, existing);
            } else if (source.equals(SOURCE_PROPOSED)) {
                skippedProposals.add(id);
            } else if (source.isEmpty() || source.equals(SOURCE_MODEL) || source.equals(SOURCE_ADOPT)) {
                create(row, id, source.equals(SOURCE_ADOPT));
            } else {
                errors.add(new Rejection(ref(row, SOURCE), id, "Source must be model, proposed or adopt, got '" + source + "'"));
            }
        }
        if (!skippedProposals.isEmpty()) {
            notes.add(skippedProposals.size() + " proposal" + (skippedProposals.size() == 1 ? "" : "s")
                    + " skipped (Source 'proposed'; set it to 'adopt' to add one): " + String.join(", ", skippedProposals));
        }
        for (String id : risks.keySet()) {
            if (!seen.contains(id)) {
                notes.add(id + ": not in the workbook, left unchanged");
            }
        }
    }

    private void update(Row row, Risk risk) {
        Fields f = fields(row, risk.getId(), risk.getLikelihoodPerYear());
        String id = risk.getId();
        f.title().ifPresent(v -> changeText(row, TITLE, id, "title", risk.getTitle(), v, risk::setTitle));
        f.description().ifPresent(v -> changeText(row, DESCRIPTION, id, "description", risk.getDescription(), v, risk::setDescription));
        f.cause().ifPresent(v -> changeText(row, CAUSE, id, "cause", risk.getCause(), v, risk::setCause));
        f.mitigation().ifPresent(v -> changeText(row, MITIGATION, id, "mitigation", risk.getMitigation(), v, risk::setMitigation));
        f.owner().ifPresent(v -> changeText(row, OWNER, id, "owner", risk.getOwner(), v, risk::setOwner));
        f.notes().ifPresent(v -> changeText(row, NOTES, id, "notes", risk.getNotes(), v, risk::setNotes));
        if (f.category() != null && f.category() != risk.getCategory()) {
            changes.add(new Change(ref(row, CATEGORY), id, "category", risk.getCategory().getLiteral(), f.category().getLiteral()));
            risk.setCategory(f.category());
        }
        if (f.status() != null && f.status() != risk.getStatus()) {
            changes.add(new Change(ref(row, STATUS), id, "status", risk.getStatus().getLiteral(), f.status().getLiteral()));
            risk.setStatus(f.status());
        }
        if (f.components() != null) {
            List<String> old = risk.getAffectedComponents().stream().map(Component::getId).toList();
            List<String> now = f.components().stream().map(Component::getId).toList();
            if (!old.equals(now)) {
                changes.add(new Change(ref(row, AFFECTED_COMPONENTS), id, "affectedComponents", list(old), list(now)));
                risk.getAffectedComponents().clear();
                risk.getAffectedComponents().addAll(f.components());
            }
        }
        if (f.sites() != null) {
            List<String> old = risk.getAffectedSites().stream().map(Site::getId).toList();
            List<String> now = f.sites().stream().map(Site::getId).toList();
            if (!old.equals(now)) {
                changes.add(new Change(ref(row, AFFECTED_SITES), id, "affectedSites", list(old), list(now)));
                risk.getAffectedSites().clear();
                risk.getAffectedSites().addAll(f.sites());
            }
        }
        changeNumber(row, f.likelihoodColumn(), id, "likelihoodPerYear", risk.getLikelihoodPerYear(), f.likelihood(),
                f.likelihoodNote(), risk::setLikelihoodPerYear);
        changeNumber(row, OUTAGE, id, "outageHours", risk.getOutageHours(), f.outage(), "", risk::setOutageHours);
        changeNumber(row, RESIDUAL_LIKELIHOOD, id, "residualLikelihoodPerYear", risk.getResidualLikelihoodPerYear(),
                f.residualLikelihood(), "", risk::setResidualLikelihoodPerYear);
        changeNumber(row, RESIDUAL_OUTAGE, id, "residualOutageHours", risk.getResidualOutageHours(), f.residualOutage(), "",
                risk::setResidualOutageHours);
    }

    private void create(Row row, String id, boolean adopted) {
        Fields f = fields(row, id, Double.NaN);
        Risk risk = NinesFactory.eINSTANCE.createRisk();
        risk.setId(id);
        risk.setDerived(adopted);
        f.title().ifPresent(risk::setTitle);
        risk.setName(risk.getTitle());
        f.description().ifPresent(risk::setDescription);
        f.cause().ifPresent(risk::setCause);
        f.mitigation().ifPresent(risk::setMitigation);
        f.owner().ifPresent(risk::setOwner);
        f.notes().ifPresent(risk::setNotes);
        risk.setCategory(f.category() != null ? f.category() : RiskCategory.OTHER);
        risk.setStatus(f.status() != null ? f.status() : RiskStatus.OPEN);
        if (f.components() != null) {
            risk.getAffectedComponents().addAll(f.components());
        }
        if (f.sites() != null) {
            risk.getAffectedSites().addAll(f.sites());
        }
        if (risk.getAffectedComponents().isEmpty() && risk.getAffectedSites().isEmpty()) {
            errors.add(new Rejection(ref(row, AFFECTED_COMPONENTS), id, "new risk names no affected component or site"));
        }
        if (f.likelihood() == null || f.likelihood() < 0) {
            errors.add(new Rejection(ref(row, LIKELIHOOD), id, "new risk needs a likelihood per year > 0"));
        } else {
            risk.setLikelihoodPerYear(f.likelihood());
        }
        if (f.outage() == null || f.outage() < 0) {
            errors.add(new Rejection(ref(row, OUTAGE), id, "new risk needs an outage duration in hours > 0"));
        } else {
            risk.setOutageHours(f.outage());
        }
        risk.setResidualLikelihoodPerYear(f.residualLikelihood() == null ? -1 : f.residualLikelihood());
        risk.setResidualOutageHours(f.residualOutage() == null ? -1 : f.residualOutage());
        model.getRisks().add(risk);
        risks.put(id, risk);
        added.add(id);
    }

    /** The editable values of a row; null (or empty Optional) where the column is absent or the cell rejected. */
    private record Fields(java.util.Optional<String> title, java.util.Optional<String> description,
            java.util.Optional<String> cause, java.util.Optional<String> mitigation, java.util.Optional<String> owner,
            java.util.Optional<String> notes, RiskCategory category, RiskStatus status, List<Component> components,
            List<Site> sites, Double likelihood, RegisterColumn likelihoodColumn, String likelihoodNote, Double outage,
            Double residualLikelihood, Double residualOutage) {
    }

    private Fields fields(Row row, String id, double oldLikelihood) {
        Double likelihood = number(row, LIKELIHOOD, id, true, false);
        RegisterColumn likelihoodColumn = LIKELIHOOD;
        String note = "";
        Integer level = level(row, id);
        if (level != null) {
            double basis = likelihood != null ? likelihood : oldLikelihood;
            if (!(basis > 0) || scale.likelihoodLevel(basis) != level) {
                likelihood = representative(scale.likelihoodBounds(), level);
                likelihoodColumn = LIKELIHOOD_LEVEL;
                note = " (from L level " + level + ")";
            }
        }
        return new Fields(optText(row, TITLE, id), optText(row, DESCRIPTION, id), optText(row, CAUSE, id),
                optText(row, MITIGATION, id), optText(row, OWNER, id), optText(row, NOTES, id),
                literal(row, CATEGORY, id, RiskCategory.VALUES), literal(row, STATUS, id, RiskStatus.VALUES),
                references(row, AFFECTED_COMPONENTS, id, components, "component"),
                references(row, AFFECTED_SITES, id, sites, "site"), likelihood, likelihoodColumn, note,
                number(row, OUTAGE, id, true, false), number(row, RESIDUAL_LIKELIHOOD, id, false, true),
                number(row, RESIDUAL_OUTAGE, id, false, true));
    }

    /** Geometric middle of a level's band; level 1 from bound1/10, level 5 up to bound4 x 10. */
    static double representative(List<Double> bounds, int level) {
        double lo = level == 1 ? bounds.get(0) / 10 : bounds.get(level - 2);
        double hi = level == 5 ? bounds.get(3) * 10 : bounds.get(level - 1);
        double mid = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
        return new BigDecimal(mid).round(new java.math.MathContext(3)).doubleValue();
    }

    // ---------------------------------------------------------------- applying

    private void changeText(Row row, RegisterColumn c, String id, String field, String old, String now,
            java.util.function.Consumer<String> setter) {
        String o = old == null ? "" : old;
        if (!o.equals(now)) {
            changes.add(new Change(ref(row, c), id, field, quote(o), quote(now)));
            setter.accept(now.isEmpty() ? null : now);
        }
    }

    private void changeNumber(Row row, RegisterColumn c, String id, String field, double old, Double now, String note,
            java.util.function.DoubleConsumer setter) {
        if (now == null || Double.compare(old, now) == 0 || old < 0 && now < 0) {
            return;
        }
        changes.add(new Change(ref(row, c), id, field, show(old), show(now) + note));
        setter.accept(now);
    }

    private static String quote(String s) {
        String one = s.replace("\n", "\\n");
        return "'" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "'";
    }

    /** Numbers in reports: up to 12 significant digits, no trailing zeros; negative residual values as "same". */
    static String show(double x) {
        return x < 0 ? "(same as inherent)" : plain(x);
    }

    private static String plain(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new BigDecimal(x).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "(none)" : String.join(" ", ids);
    }

    // ---------------------------------------------------------------- reading cells

    private static Map<RegisterColumn, Integer> headers(Row head) {
        Map<RegisterColumn, Integer> found = new EnumMap<>(RegisterColumn.class);
        if (head == null) {
            return found;
        }
        Map<String, RegisterColumn> byKey = new HashMap<>();
        for (RegisterColumn c : RegisterColumn.values()) {
            byKey.put(c.key(), c);
        }
        for (Cell cell : head) {
            if (cell.getCellType() == CellType.STRING) {
                String h = cell.getStringCellValue();
                int p = h.indexOf('(');
                String key = (p < 0 ? h : h.substring(0, p)).strip().toLowerCase(Locale.ROOT);
                RegisterColumn c = byKey.get(key);
                if (c != null && !found.containsKey(c)) {
                    found.put(c, cell.getColumnIndex());
                }
            }
        }
        return found;
    }

    private boolean blank(Row row) {
        for (Map.Entry<RegisterColumn, Integer> e : columns.entrySet()) {
            if (!e.getKey().editable()) {
                continue;
            }
            Cell c = row.getCell(e.getValue());
            if (c != null && c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private Cell cell(Row row, RegisterColumn c) {
        Integer i = columns.get(c);
        return i == null ? null : row.getCell(i);
    }

    private String ref(Row row, RegisterColumn c) {
        Integer i = columns.get(c);
        String cell = i == null ? "row " + (row.getRowNum() + 1)
                : new CellReference(row.getRowNum(), i).formatAsString();
        return sheetName + "!" + cell;
    }

    /** @return the cell text (restored from the injection marker), "" for an empty cell, null for an absent column */
    private String text(Row row, RegisterColumn c, String id) {
        if (!columns.containsKey(c)) {
            return null;
        }
        Cell cell = cell(row, c);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> ExcelText.restore(cell.getStringCellValue()).replace("\r\n", "\n");
            case NUMERIC -> plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK -> "";
            case FORMULA -> {
                errors.add(new Rejection(ref(row, c), id, "formulas are not accepted in text fields: " + cell.getCellFormula()));
                yield null;
            }
            default -> {
                errors.add(new Rejection(ref(row, c), id, "unreadable cell (" + cell.getCellType() + ")"));
                yield null;
            }
        };
    }

    private java.util.Optional<String> optText(Row row, RegisterColumn c, String id) {
        return java.util.Optional.ofNullable(text(row, c, id)).map(String::strip);
    }

    private <E extends org.eclipse.emf.common.util.Enumerator> E literal(Row row, RegisterColumn c, String id, List<E> values) {
        String t = text(row, c, id);
        if (t == null || t.isBlank()) {
            return null;
        }
        String key = t.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : values) {
            if (e.getLiteral().equals(key) || e.getName().equals(key)) {
                return e;
            }
        }
        errors.add(new Rejection(ref(row, c), id, "unknown " + c.key() + " '" + t.strip() + "'; allowed: "
                + values.stream().map(org.eclipse.emf.common.util.Enumerator::getLiteral).collect(Collectors.joining(", "))));
        return null;
    }

    private <T> List<T> references(Row row, RegisterColumn c, String id, Map<String, T> known, String what) {
        String t = text(row, c, id);
        if (t == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String name : t.split("[\\s,;]+")) {
            if (name.isEmpty()) {
                continue;
            }
            T element = known.get(name);
            if (element == null) {
                unknown.add(name);
            } else if (!out.contains(element)) {
                out.add(element);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new Rejection(ref(row, c), id, "unknown " + what + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", ")) + " (use " + what
                    + " ids of the model)"));
            return null;
        }
        return out;
    }

    /**
     * @param required    for likelihood and outage: a blank cell is rejected on an existing risk
     * @param blankIsSame for residual values: a blank cell means "same as inherent" (-1)
     * @return the value, -1 for a blank residual cell, null when the column is absent or the cell rejected or blank
     */
    private Double number(Row row, RegisterColumn c, String id, boolean required, boolean blankIsSame) {
        if (!columns.containsKey(c)) {
            return null;
        }
        Cell cell = cell(row, c);
        Double value = switch (cell == null ? CellType.BLANK : cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> parse(cell.getStringCellValue());
            case BLANK -> blankIsSame ? Double.valueOf(-1) : null;
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
            default -> null;
        };
        boolean blank = cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
        if (blank) {
            if (blankIsSame) {
                return -1.0;
            }
            if (required && risks.containsKey(id)) {
                errors.add(new Rejection(ref(row, c), id, c.key() + " must not be empty"));
            }
            return null;
        }
        if (value == null || !Double.isFinite(value) || value < 0 || value == 0 && required) {
            errors.add(new Rejection(ref(row, c), id, c.key() + " must be a number " + (required ? "> 0" : ">= 0")
                    + ", got '" + display(cell) + "'"));
            return null;
        }
        return value;
    }

    /** The likelihood level cell when it holds a typed value (not the exported formula); null otherwise. */
    private Integer level(Row row, String id) {
        Cell cell = cell(row, LIKELIHOOD_LEVEL);
        if (cell == null || cell.getCellType() == CellType.FORMULA || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        Double v = cell.getCellType() == CellType.NUMERIC ? Double.valueOf(cell.getNumericCellValue())
                : cell.getCellType() == CellType.STRING ? parse(cell.getStringCellValue()) : null;
        if (v == null || v != Math.rint(v) || v < 1 || v > 5) {
            errors.add(new Rejection(ref(row, LIKELIHOOD_LEVEL), id, "likelihood level must be 1 to 5, got '" + display(cell) + "'"));
            return null;
        }
        return v.intValue();
    }

    private static Double parse(String s) {
        String t = s.strip().replace("_", "").replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String display(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> plain(cell.getNumericCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> cell.toString();
        };
    }
}
