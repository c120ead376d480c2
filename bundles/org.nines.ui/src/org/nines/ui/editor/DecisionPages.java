package org.nines.ui.editor;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.scenario.Alternative;
import org.nines.ui.UiFormats;
import org.nines.ui.analysis.AnalysisRun;

/**
 * The editor's Risks and Scenarios pages: the risk register with the service impact computed from the model (ranked
 * by expected loss, with the reason), and the what-if alternatives side by side with their costs. Both fill in when
 * an analysis finishes.
 */
final class DecisionPages {
    private final Composite risksPage;
    private final Composite scenariosPage;
    private final Label risksHeader;
    private final Label scenariosHeader;
    private final RecordTable<AssessedRisk> risks;
    private final RecordTable<Alternative> alternatives;

    DecisionPages(Composite parent) {
        risksPage = page(parent);
        risksHeader = header(risksPage, "Run an analysis (F9) to compute the risk register.");
        risks = new RecordTable<>(risksPage, AssessedRisk.class, "risks.table")
                .column("#", 40, r -> Integer.toString(r.rank()))
                .column("Id", 110, AssessedRisk::id)
                .column("Title", 260, r -> (r.derived() ? "[derived] " : "") + r.title())
                .column("Category", 110, r -> r.category() == null ? "" : r.category().toLowerCase(Locale.ROOT).replace('_', ' '))
                .column("Likelihood/yr", 90, r -> String.format(Locale.ROOT, "%.3g", r.inherent().likelihoodPerYear()))
                .column("Outage h", 70, r -> String.format(Locale.ROOT, "%.3g", r.inherent().outageHours()))
                .column("P(service down)", 105, r -> String.format(Locale.ROOT, "%.3g", r.inherent().serviceDownProbability()))
                .column("Downtime h/yr", 95, r -> String.format(Locale.ROOT, "%.3g", r.inherent().downtimeHoursPerYear()))
                .column("Loss/yr", 90, r -> String.format(Locale.ROOT, "%,.0f", r.inherent().lossPerYear()))
                .column("Cell", 45, r -> r.inherent().matrixCell())
                .column("Residual loss/yr", 110, r -> String.format(Locale.ROOT, "%,.0f", r.residual().lossPerYear()))
                .column("Residual cell", 85, r -> r.residual().matrixCell())
                .column("Owner", 100, r -> r.owner() == null ? "" : r.owner())
                .column("Why", 600, AssessedRisk::reason);
        risks.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenariosPage = page(parent);
        scenariosHeader = header(scenariosPage, "Run an analysis (F9) to compare the scenarios.");
        alternatives = new RecordTable<>(scenariosPage, Alternative.class, "scenarios.table")
                .column("Id", 80, Alternative::id)
                .column("Alternative", 230, Alternative::name)
                .column("Availability", 110, a -> UiFormats.percent(a.availability()))
                .column("Downtime h/yr", 95, a -> String.format(Locale.ROOT, "%.3f", a.downtimeHoursPerYear()))
                .column("Outages/yr", 80, a -> String.format(Locale.ROOT, "%.3g", a.outagesPerYear()))
                .column("CAPEX", 90, a -> String.format(Locale.ROOT, "%,.0f", a.capex()))
                .column("OPEX/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.opexPerYear()))
                .column("TCO/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.costOfOwnershipPerYear()))
                .column("Downtime cost/yr", 110, a -> String.format(Locale.ROOT, "%,.0f", a.downtimeCostPerYear()))
                .column("Total/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.totalCostPerYear()))
                .column("Payback", 80, a -> a.base() ? "" : Double.isInfinite(a.paybackYears()) ? "never"
                        : String.format(Locale.ROOT, "%.1f yr", a.paybackYears()))
                .column("Pareto", 60, a -> a.paretoEfficient() ? "yes" : "");
        alternatives.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    Composite risksPage() {
        return risksPage;
    }

    Composite scenariosPage() {
        return scenariosPage;
    }

    void show(AnalysisRun run) {
        if (run.risks() == null) {
            risksHeader.setText("Not computed: the model has validation errors (see the Results view).");
            risks.setRows(null);
        }
        if (run.scenarios() == null) {
            scenariosHeader.setText("Not computed: the model has validation errors (see the Results view).");
            alternatives.setRows(null);
        }
        if (run.risks() != null) {
            long derived = run.risks().risks().stream().filter(AssessedRisk::derived).count();
            risksHeader.setText(run.risks().risks().size() + " risks (" + derived + " derived from the model), ranked by "
                    + "expected loss per year; downtime cost " + String.format(Locale.ROOT, "%,.0f", run.risks().downtimeCostPerHour())
                    + " " + run.risks().currency() + "/h. Cells are likelihood x impact levels (1-5).");
            risks.setRows(run.risks().risks());
        }
        if (run.scenarios() != null) {
            scenariosHeader.setText(run.scenarios().alternatives().size() + " alternatives (money in " + run.scenarios().currency()
                    + "): TCO = CAPEX / service life + OPEX; total = TCO + downtime cost; Pareto = no alternative both cheaper and more available.");
            alternatives.setRows(run.scenarios().alternatives());
        }
        risksPage.layout(true, true);
        scenariosPage.layout(true, true);
    }

    private static Composite page(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        return page;
    }

    private static Label header(Composite page, String text) {
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }
}
