package org.nines.ui.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.SystemModel;
import org.nines.ui.TextColumn;

/**
 * The Risk links tab: the model's risks that name the component or its site, read-only; double-click reveals a risk
 * in the editor.
 */
final class RiskLinksTab {
    private final TableViewer viewer;
    private final Label summary;
    private final Component component;

    RiskLinksTab(Composite parent, Component component, Consumer<EObject> reveal) {
        this.component = component;
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        summary = new Label(body, SWT.WRAP);
        summary.setData("testid", "properties.risks.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setData("testid", "properties.risks.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        viewer.getTable().setLayoutData(data);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Risk", 330, r -> r.getTitle() != null && !r.getTitle().isBlank() ? r.getTitle() : GeneralTab.name(r));
        column("Category", 110, r -> PropertyForm.words(r.getCategory().getName()));
        column("Likelihood /yr", 115, r -> ValueRule.format(r.getLikelihoodPerYear()));
        column("Outage h", 80, r -> ValueRule.format(r.getOutageHours()));
        column("Names", 160, this::how);
        column("Status", 90, r -> PropertyForm.words(r.getStatus().getName()));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Risk risk) {
                reveal.accept(risk);
            }
        });
        refresh();
    }

    Composite control() {
        return viewer.getTable().getParent();
    }

    /** Shows the risks linked now. */
    void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        List<Risk> risks = linkedRisks(component);
        viewer.setInput(risks);
        summary.setText(risks.isEmpty() ? "No risk of the register names this component or its site."
                : risks.size() + (risks.size() == 1 ? " risk names" : " risks name") + " this component or its site. Double-click one to show it.");
    }

    /** @return the model's risks, in register order, that name the component or the site it is at */
    static List<Risk> linkedRisks(Component component) {
        if (!(component.eContainer() instanceof SystemModel model)) {
            return List.of();
        }
        return model.getRisks().stream().filter(r -> r.getAffectedComponents().contains(component)
                || component.getSite() != null && r.getAffectedSites().contains(component.getSite())).toList();
    }

    private String how(Risk risk) {
        boolean direct = risk.getAffectedComponents().contains(component);
        boolean site = component.getSite() != null && risk.getAffectedSites().contains(component.getSite());
        return direct && site ? "component and site" : direct ? "component" : "site " + GeneralTab.name(component.getSite());
    }

    private void column(String title, int width, Function<Risk, String> text) {
        TextColumn.add(viewer, title, width, Risk.class, text);
    }
}
