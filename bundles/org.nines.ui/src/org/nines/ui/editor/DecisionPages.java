package org.nines.ui.editor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nines.model.SystemModel;
import org.nines.ui.analysis.AnalysisRun;

/**
 * The editor's Risks and Scenarios pages: the editable risk register with the service impact computed by the last
 * analysis, and the editable what-if scenarios with the comparison of all alternatives. Both are edited with commands
 * on the editor's command stack and fill in their computed parts when an analysis finishes.
 */
final class DecisionPages {
    private final Composite risksHost;
    private final Composite scenariosHost;
    private final RisksPage risks;
    private final ScenariosPage scenarios;

    DecisionPages(Composite parent, EditingDomain domain, SystemModel model) {
        risksHost = host(parent);
        scenariosHost = host(parent);
        risks = new RisksPage(risksHost, domain, model);
        scenarios = new ScenariosPage(scenariosHost, domain, model);
    }

    Composite risksPage() {
        return risksHost;
    }

    Composite scenariosPage() {
        return scenariosHost;
    }

    /** Shows the model again after a command; the computed figures are marked stale. */
    void refresh() {
        if (!risksHost.isDisposed()) {
            risks.refresh();
            scenarios.refresh();
        }
    }

    void show(AnalysisRun run) {
        risks.show(run.risks());
        scenarios.show(run.scenarios());
    }

    /** Deletes what is selected on the page (Edit > Delete): risks on the Risks page, changes or scenarios on the other. */
    void deleteSelection(Control page) {
        if (PageParts.deleteInFocusedText(risksHost)) {
            return;
        }
        if (page == risksHost) {
            risks.deleteSelection();
        } else if (page == scenariosHost) {
            scenarios.deleteSelection();
        }
    }

    private static Composite host(Composite parent) {
        Composite host = new Composite(parent, SWT.NONE);
        host.setLayout(new FillLayout());
        return host;
    }
}
