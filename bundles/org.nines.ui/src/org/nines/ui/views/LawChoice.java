package org.nines.ui.views;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.nines.model.Component;
import org.nines.model.SystemModel;
import org.nines.ui.LabelledCommand;

/** The law combo shared by the Failure and Repair tabs. */
final class LawChoice {
    /** Mission time assumed when the component is not inside a system model, hours (one year). */
    static final double DEFAULT_MISSION_HOURS = 8760;

    private LawChoice() {
    }

    /**
     * Adds a combo offering {@code laws}, showing the law of {@code model}'s current value. Choosing another law
     * executes one undoable command, labelled "{@code caption} law-label", that sets {@code feature} of the component
     * to {@code create.apply(law)} (evaluated at that moment, so it can start from the current model).
     */
    static <L extends Law> void add(PropertyForm form, String testId, String caption, L[] laws, Supplier<L> current,
            Component component, EReference feature, Function<L, EObject> create) {
        form.choice(testId, caption, Arrays.stream(laws).map(Law::label).toList(),
                () -> current.get() == null ? -1 : Arrays.asList(laws).indexOf(current.get()),
                index -> form.execute(LabelledCommand.of(caption + " " + laws[index].label(),
                        SetCommand.create(form.domain(), component, feature, create.apply(laws[index])))));
    }

    /** The mission time of the component's system model, hours; {@link #DEFAULT_MISSION_HOURS} outside one. */
    static double missionHours(Component component) {
        return component.eContainer() instanceof SystemModel m ? m.getMissionTimeHours() : DEFAULT_MISSION_HOURS;
    }
}
