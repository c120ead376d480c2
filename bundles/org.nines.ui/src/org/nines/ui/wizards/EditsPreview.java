package org.nines.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nines.io.excel.RiskWorkbookImporter;
import org.nines.io.excel.RiskWorkbookImporter.Change;
import org.nines.io.excel.RiskWorkbookImporter.Rejection;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/**
 * What an edited risk workbook would do to a model, computed by {@link RiskWorkbookImporter} without writing anything:
 * one row per changed field (cell, risk, field, old -&gt; new), per new risk, per rejected cell (cell: reason) and per
 * note. It can be applied only when no cell was rejected and something changed.
 *
 * @param result the importer's result (its model is the updated copy)
 * @param rows   the rows to show: rejected cells first, then changes, new risks and notes
 */
public record EditsPreview(RiskWorkbookImporter.Result result, List<Row> rows) {
    /** What a row reports. */
    public enum Kind {
        CHANGE("change"), NEW_RISK("new risk"), REJECTED("rejected"), NOTE("note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of the preview; {@code newValue} holds the reason for a rejection and the text of a note. */
    public record Row(Kind kind, String cell, String riskId, String field, String oldValue, String newValue) {
    }

    public EditsPreview {
        rows = List.copyOf(rows);
    }

    /** Reads the workbook against the model (which is not modified). */
    public static EditsPreview of(SystemModel model, Path xlsx) throws IOException {
        return of(RiskWorkbookImporter.importRisks(model, xlsx));
    }

    /** The rows of an importer result. */
    public static EditsPreview of(RiskWorkbookImporter.Result result) {
        List<Row> rows = new ArrayList<>();
        for (Rejection r : result.errors()) {
            rows.add(new Row(Kind.REJECTED, r.cell(), text(r.riskId()), "", "", r.reason()));
        }
        for (Change c : result.changes()) {
            rows.add(new Row(Kind.CHANGE, c.cell(), c.riskId(), c.field(), text(c.oldValue()), text(c.newValue())));
        }
        for (String id : result.added()) {
            rows.add(new Row(Kind.NEW_RISK, "", id, "", "", title(result.model(), id)));
        }
        for (String note : result.notes()) {
            rows.add(new Row(Kind.NOTE, "", "", "", "", note));
        }
        return new EditsPreview(result, rows);
    }

    public boolean hasErrors() {
        return !result.ok();
    }

    /** True when there are changes and no rejected cell. */
    public boolean canApply() {
        return result.ok() && result.changed();
    }

    /** One sentence: how many changes, new risks and rejected cells. */
    public String summary() {
        String counts = count(result.changes().size(), "changed field") + ", " + count(result.added().size(), "new risk")
                + ", " + count(result.errors().size(), "rejected cell") + ".";
        return hasErrors() ? counts + " Nothing is applied while any cell is rejected." : counts;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String title(SystemModel model, String id) {
        return model.getRisks().stream().filter(r -> id.equals(r.getId())).map(Risk::getTitle).map(EditsPreview::text)
                .findFirst().orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
