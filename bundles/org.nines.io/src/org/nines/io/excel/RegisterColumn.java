package org.nines.io.excel;

/**
 * The columns of the Risk Register sheet, in sheet order. The exporter writes them, the importer finds them by their
 * header text (so a workshop may reorder or insert columns). {@code editable} columns come back into the model;
 * the others are computed by Nines and recomputed after an import.
 */
public enum RegisterColumn {
    ID("ID", 14, true),
    SOURCE("Source", 11, true),
    CATEGORY("Category", 17, true),
    TITLE("Title", 30, true),
    DESCRIPTION("Description", 40, true),
    CAUSE("Cause", 32, true),
    AFFECTED_COMPONENTS("Affected components (ids)", 22, true),
    AFFECTED_SITES("Affected sites (ids)", 14, true),
    LIKELIHOOD("Likelihood (/yr)", 12, true),
    LIKELIHOOD_LEVEL("L level (1-5)", 10, true),
    OUTAGE("Outage per event (h)", 12, true),
    SERVICE_DOWN("P(service down | hit)", 12, false),
    DOWNTIME("Service downtime (h/yr)", 13, false),
    LOSS("Expected loss (/yr)", 14, false),
    IMPACT_LEVEL("I level (1-5)", 10, false),
    SCORE("Inherent score (LxI)", 10, false),
    RATING("Inherent rating", 11, false),
    MITIGATION("Mitigation", 36, true),
    OWNER("Owner", 14, true),
    STATUS("Status", 13, true),
    RESIDUAL_LIKELIHOOD("Residual likelihood (/yr)", 12, true),
    RESIDUAL_OUTAGE("Residual outage (h)", 12, true),
    RESIDUAL_LIKELIHOOD_LEVEL("Residual L level", 9, false),
    RESIDUAL_IMPACT_LEVEL("Residual I level", 9, false),
    RESIDUAL_SCORE("Residual score (LxI)", 10, false),
    RESIDUAL_RATING("Residual rating", 11, false),
    REASON("Why (computed)", 44, false),
    NOTES("Notes", 30, true);

    /** Source cell of a risk that is in the model. */
    public static final String SOURCE_MODEL = "model";
    /** Source cell of a proposal computed from the model (not in the model unless adopted). */
    public static final String SOURCE_PROPOSED = "proposed";
    /** Source cell a workshop sets to take a proposal into the model. */
    public static final String SOURCE_ADOPT = "adopt";

    private final String header;
    private final int width;
    private final boolean editable;

    RegisterColumn(String header, int width, boolean editable) {
        this.header = header;
        this.width = width;
        this.editable = editable;
    }

    /** @return the header text (the currency is appended to {@link #LOSS} as {@code (EUR/yr)}) */
    public String header(String currency) {
        return this == LOSS ? "Expected loss (" + currency + "/yr)" : header;
    }

    /** @return the header text without currency, as the importer matches it (prefix up to the first parenthesis) */
    public String key() {
        int p = header.indexOf('(');
        return (p < 0 ? header : header.substring(0, p)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return column width in characters */
    public int width() {
        return width;
    }

    /** @return whether the importer takes this column back into the model */
    public boolean editable() {
        return editable;
    }
}
