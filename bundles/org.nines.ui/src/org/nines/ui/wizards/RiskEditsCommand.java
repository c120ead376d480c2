package org.nines.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.NinesPackage;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/**
 * The risk edits of an Excel import as one undoable EMF command on the open model: a Set for every risk field that
 * differs and an Add for every new risk. The importer works on a copy of the model; references of the copy (affected
 * components and sites) are mapped back to the same elements of the open model by their containment path. Risks are
 * matched by id; risks of the open model absent from the copy are left alone.
 */
public final class RiskEditsCommand {
    /** Label of the command (Edit &gt; Undo Import Risk Edits). */
    public static final String LABEL = "Import Risk Edits";

    private RiskEditsCommand() {
    }

    /**
     * @param target   the open model
     * @param imported the importer's updated copy of {@code target}
     * @return the command, or null when the copy's risks equal the model's
     * @throws IllegalArgumentException when a risk of the copy refers to an element the open model does not have
     */
    public static Command create(EditingDomain domain, SystemModel target, SystemModel imported) {
        List<Command> commands = new ArrayList<>();
        for (Risk risk : imported.getRisks()) {
            Risk existing = find(target, risk.getId());
            if (existing == null) {
                commands.add(AddCommand.create(domain, target, NinesPackage.Literals.SYSTEM_MODEL__RISKS, newRisk(risk, target, imported)));
            } else {
                commands.addAll(sets(domain, existing, risk, target, imported));
            }
        }
        if (commands.isEmpty()) {
            return null;
        }
        CompoundCommand compound = new CompoundCommand(LABEL);
        commands.forEach(compound::append);
        return compound;
    }

    private static Risk find(SystemModel model, String id) {
        return model.getRisks().stream().filter(r -> Objects.equals(r.getId(), id)).findFirst().orElse(null);
    }

    private static List<Command> sets(EditingDomain domain, Risk existing, Risk edited, SystemModel target, SystemModel imported) {
        List<Command> sets = new ArrayList<>();
        for (EStructuralFeature feature : existing.eClass().getEAllStructuralFeatures()) {
            if (!copied(feature)) {
                continue;
            }
            Object now = mapped(edited.eGet(feature), feature, target, imported);
            if (!Objects.equals(existing.eGet(feature), now)) {
                sets.add(SetCommand.create(domain, existing, feature, now));
            }
        }
        return sets;
    }

    /** A copy of a risk of the import with its references pointing into the open model. */
    private static Risk newRisk(Risk risk, SystemModel target, SystemModel imported) {
        Risk copy = EcoreUtil.copy(risk);
        for (EStructuralFeature feature : copy.eClass().getEAllStructuralFeatures()) {
            if (copied(feature) && feature instanceof EReference) {
                copy.eSet(feature, mapped(risk.eGet(feature), feature, target, imported));
            }
        }
        return copy;
    }

    private static boolean copied(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
                && !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()));
    }

    /** Attribute values as they are; referenced elements replaced by the same elements of the open model. */
    private static Object mapped(Object value, EStructuralFeature feature, SystemModel target, SystemModel imported) {
        if (!(feature instanceof EReference)) {
            return feature.isMany() ? List.copyOf((List<?>) value) : value;
        }
        if (feature.isMany()) {
            return ((List<?>) value).stream().map(o -> counterpart((EObject) o, target, imported)).toList();
        }
        return value == null ? null : counterpart((EObject) value, target, imported);
    }

    private static EObject counterpart(EObject element, SystemModel target, SystemModel imported) {
        if (EcoreUtil.getRootContainer(element) != imported) {
            throw new IllegalArgumentException("the imported risks refer to an element outside the model: " + element);
        }
        String path = EcoreUtil.getRelativeURIFragmentPath(imported, element);
        EObject original = EcoreUtil.getEObject(target, path);
        if (original == null || original.eClass() != element.eClass()) {
            throw new IllegalArgumentException("the imported risks refer to '" + path + "', which the open model does not have");
        }
        return original;
    }
}
