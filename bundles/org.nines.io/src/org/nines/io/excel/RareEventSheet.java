package org.nines.io.excel;

import static org.nines.io.excel.RiskWorkbookWriter.cellNumber;
import static org.nines.io.excel.RiskWorkbookWriter.cellText;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationResult;

/**
 * The Simulation sheet of a failure-biasing run: the steady-state estimates of the regenerative simulation with their
 * 95 % confidence intervals, the exact analysis's unavailability beside them (and whether the interval covers it), the
 * run's settings, and the largest downtime contributions. There is no distribution of yearly downtime: the method
 * estimates means only (docs/simulation.md, "Rare events: failure biasing").
 */
final class RareEventSheet {
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final RareEventResult r;
    private final double exactUnavailability;
    /** Why the exact value is not the same quantity (limited crews, no ageing while down), or null when it is. */
    private final String notComparable;

    /**
     * @param notComparable why the exact analysis models another system than the simulation (e.g. limited repair
     *        crews, which the exact engine does not model), or null when the two estimate the same unavailability
     */
    RareEventSheet(SXSSFWorkbook wb, Styles styles, RareEventResult result, double exactUnavailability, String notComparable) {
        this.wb = wb;
        this.styles = styles;
        this.r = result;
        this.exactUnavailability = exactUnavailability;
        this.notComparable = notComparable;
    }

    void write(String name) {
        SXSSFSheet s = wb.createSheet(name);
        s.setDisplayGridlines(false);
        int[] widths = {40, 16, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        cellText(s.createRow(0), 0, "Failure-biasing simulation (steady state, regenerative cycles)"
                + (r.partial() ? " (PARTIAL: cancelled)" : ""), styles.title);
        int n = 2;
        n = pair(s, n, "Regenerative cycles", r.cycles(), styles.number("#,##0"));
        n = pair(s, n, "Cycles with an outage", r.cyclesWithOutage(), styles.number("#,##0"));
        n = pair(s, n, "Seed", r.seed(), styles.number("0"));
        n = pair(s, n, "Failure-biasing probability", r.biasProbability(), styles.number("0.00"));
        Row status = s.createRow(n++);
        cellText(status, 0, "Stopped because", styles.label);
        cellText(status, 1, switch (r.status()) {
            case COMPLETED -> "all cycles done";
            case TARGET_REACHED -> "target confidence reached";
            case CANCELLED -> "cancelled (partial result)";
        }, styles.text);
        n++;
        Row head = s.createRow(n++);
        String[] cols = {"Steady-state estimate", "Mean", "95 % CI low", "95 % CI high"};
        for (int i = 0; i < cols.length; i++) {
            cellText(head, i, cols[i], styles.header);
        }
        SimulationResult.Estimate a = r.availability();
        n = estimate(s, n, "Availability", a, styles.availability(a.mean()));
        n = estimate(s, n, "Unavailability", r.unavailabilityEstimate(), styles.number("0.000E+00"));
        n = estimate(s, n, "Downtime per year (h)", r.downtimeHoursPerYear(), styles.number("#,##0.0000"));
        n = estimate(s, n, "Outages per year", r.outagesPerYear(), styles.number("0.0000"));
        n = estimate(s, n, "Mean cycle length (h)", r.meanCycleHours(), styles.number("#,##0.00"));
        n = estimate(s, n, "Mean likelihood ratio (1 when unbiased)", r.likelihoodRatio(), styles.number("0.0000"));
        n++;
        n = pair(s, n, "Relative 95 % CI half-width", r.relativeCiHalfWidth(), styles.number("0.0%"));
        n = pair(s, n, "System MTBF (h)", r.mtbfHours(), styles.number("#,##0"));
        n = pair(s, n, "Mean outage duration (h)", r.meanDowntimeHours(), styles.number("#,##0.00"));
        n = pair(s, n, "Exact analysis: unavailability", exactUnavailability, styles.number("0.000E+00"));
        SimulationResult.Estimate u = r.unavailabilityEstimate();
        Row covers = s.createRow(n++);
        cellText(covers, 0, "95 % CI covers the exact value", styles.label);
        cellText(covers, 1, coverage(u), styles.text);
        n++;
        Row ch = s.createRow(n++);
        String[] ccols = {"Largest contributions (failed while critical)", "Downtime (h/yr)", "Share"};
        for (int i = 0; i < ccols.length; i++) {
            cellText(ch, i, ccols[i], styles.header);
        }
        for (SimulationResult.Contribution c : r.componentContributions().stream().limit(25).toList()) {
            Row row = s.createRow(n++);
            cellText(row, 0, c.label(), styles.text);
            cellNumber(row, 1, c.downtimeHoursPerYear(), styles.number("#,##0.0000"));
            cellNumber(row, 2, c.share(), styles.number("0.0%"));
        }
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.getFooter().setRight("Page &P of &N");
    }

    private String coverage(SimulationResult.Estimate u) {
        if (notComparable != null) {
            return "n/a: " + notComparable;
        }
        if (!(u.ciLow() <= u.ciHigh())) { // no interval (NaN): no outage cycle yet
            return "n/a: no confidence interval yet";
        }
        return u.ciLow() <= exactUnavailability && exactUnavailability <= u.ciHigh() ? "yes" : "no";
    }

    private int pair(SXSSFSheet s, int n, String label, double value, CellStyle style) {
        Row row = s.createRow(n);
        cellText(row, 0, label, styles.label);
        cellNumber(row, 1, value, style);
        return n + 1;
    }

    private int estimate(SXSSFSheet s, int n, String label, SimulationResult.Estimate e, CellStyle style) {
        Row row = s.createRow(n);
        cellText(row, 0, label, styles.label);
        cellNumber(row, 1, e.mean(), style);
        cellNumber(row, 2, e.ciLow(), style);
        cellNumber(row, 3, e.ciHigh(), style);
        return n + 1;
    }
}
