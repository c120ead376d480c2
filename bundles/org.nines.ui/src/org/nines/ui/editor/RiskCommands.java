package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.model.Component;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.SystemModel;
import org.nines.ui.LabelledCommand;

/** Undoable commands that add, duplicate, delete and adopt risks of the register. Nothing refers to a risk. */
public final class RiskCommands {
    /** Likelihood of a new risk, occurrences per year (once in ten years). */
    public static final double DEFAULT_LIKELIHOOD_PER_YEAR = 0.1;
    /** Outage of a new risk, hours per occurrence. */
    public static final double DEFAULT_OUTAGE_HOURS = 4;

    private static final NinesPackage P = NinesPackage.eINSTANCE;

    private final EditingDomain domain;
    private final SystemModel model;

    public RiskCommands(EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
    }

    /**
     * @return a new open risk with a unique id R-nn, likelihood 0.1/yr and outage 4 h, affecting the given components
     *         (none: the validator asks for them), not yet in the model
     */
    public Risk newRisk(Collection<Component> affected) {
        Risk risk = NinesFactory.eINSTANCE.createRisk();
        ModelIds ids = new ModelIds(model);
        String id = ids.next("R-01");
        for (int n = model.getRisks().size() + 1; id.contains("-01-"); n++) { // prefer R-08 over R-01-2
            id = ids.next(String.format(Locale.ROOT, "R-%02d", n));
        }
        risk.setId(id);
        risk.setName("New risk");
        risk.setTitle("New risk");
        risk.setCategory(RiskCategory.OTHER);
        risk.setStatus(RiskStatus.OPEN);
        risk.setLikelihoodPerYear(DEFAULT_LIKELIHOOD_PER_YEAR);
        risk.setOutageHours(DEFAULT_OUTAGE_HOURS);
        risk.getAffectedComponents().addAll(affected);
        return risk;
    }

    /** @return the command that appends the risks to the register */
    public Command add(Collection<Risk> risks) {
        return LabelledCommand.of(risks.size() == 1 ? "Add risk" : "Add risks", AddCommand.create(domain, model, P.getSystemModel_Risks(), risks));
    }

    /** @return copies with new unique ids and the title "&lt;title&gt; copy", not yet in the model */
    public List<Risk> copies(Collection<Risk> risks) {
        ModelIds ids = new ModelIds(model);
        List<Risk> copies = new ArrayList<>();
        for (Risk original : risks) {
            Risk copy = EcoreUtil.copy(original);
            copy.setId(ids.next(original.getId()));
            copy.setTitle((original.getTitle() == null ? original.getId() : original.getTitle()) + " copy");
            if (original.getName() != null) {
                copy.setName(original.getName() + " copy");
            }
            copies.add(copy);
        }
        return copies;
    }

    /** @return the command that deletes the risks (no other element refers to a risk) */
    public Command delete(Collection<Risk> risks) {
        return LabelledCommand.of(risks.size() == 1 ? "Delete risk" : "Delete risks",
                RemoveCommand.create(domain, model, P.getSystemModel_Risks(), risks));
    }

    /**
     * @return a model risk made from a derived proposal of the last analysis: its title, category, affected components,
     *         likelihood per year and outage hours, the reason as description, marked derived (so the analysis does not
     *         propose it again) and open; a unique id. Not yet in the model.
     * @throws IllegalArgumentException when the proposal names a component the model no longer has
     */
    public Risk adopt(AssessedRisk proposal) {
        Risk risk = NinesFactory.eINSTANCE.createRisk();
        risk.setId(new ModelIds(model).next(proposal.id()));
        risk.setName(proposal.title());
        risk.setTitle(proposal.title());
        risk.setDescription(proposal.reason());
        risk.setCategory(category(proposal.category()));
        risk.setStatus(RiskStatus.OPEN);
        risk.setLikelihoodPerYear(proposal.inherent().likelihoodPerYear());
        risk.setOutageHours(proposal.inherent().outageHours());
        risk.setDerived(true);
        for (String id : proposal.affectedComponentIds()) {
            Component component = model.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Cannot adopt " + proposal.id() + ": component '" + id
                            + "' is no longer in the model. Analyse again."));
            risk.getAffectedComponents().add(component);
        }
        return risk;
    }

    private static RiskCategory category(String name) {
        RiskCategory category = name == null ? null : RiskCategory.get(name.toUpperCase(Locale.ROOT));
        return category == null ? RiskCategory.OTHER : category;
    }
}
