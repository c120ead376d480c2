package org.nines.ui.views;


import org.nines.model.Component;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalRepair;
import org.nines.model.NonRepairable;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.UniformRepair;
import org.nines.model.NinesPackage.Literals;

/** The Repair tab: the component's repair law, its parameters in hours, and its repair priority. */
final class RepairTab {
    private RepairTab() {
    }

    static void fill(PropertyForm form, Component c) {
        LawChoice.add(form, "properties.repair.law", "Repair law", RepairLaw.values(), () -> RepairLaw.of(c.getRepair()),
                c, Literals.COMPONENT__REPAIR, law -> law.createFrom(c.getRepair()));
        RepairModel repair = c.getRepair();
        switch (repair) {
            case null -> form.note("No repair model: choose a law (or non-repairable); analysis needs one.");
            case ExponentialRepair e -> form.text("properties.repair.mttr", "MTTR", e, Literals.EXPONENTIAL_REPAIR__MTTR_HOURS, "h");
            case LognormalRepair l -> {
                form.text("properties.repair.mean", "Mean time to repair", l, Literals.LOGNORMAL_REPAIR__MEAN_HOURS, "h");
                form.text("properties.repair.sigma", "\u03C3 of ln(time)", l, Literals.LOGNORMAL_REPAIR__SIGMA, "");
            }
            case NormalRepair n -> {
                form.text("properties.repair.mean", "Mean", n, Literals.NORMAL_REPAIR__MEAN_HOURS, "h");
                form.text("properties.repair.sd", "Standard deviation", n, Literals.NORMAL_REPAIR__SD_HOURS, "h");
            }
            case UniformRepair u -> {
                form.text("properties.repair.min", "Lower bound", u, Literals.UNIFORM_REPAIR__MIN_HOURS, "h");
                form.text("properties.repair.max", "Upper bound", u, Literals.UNIFORM_REPAIR__MAX_HOURS, "h");
            }
            case FixedRepair f -> form.text("properties.repair.hours", "Repair time", f, Literals.FIXED_REPAIR__HOURS, "h");
            case NonRepairable n -> form.note("Not repaired: the component is evaluated at the mission time of "
                    + ValueRule.format(LawChoice.missionHours(c)) + " h.");
            default -> form.note("Unknown repair model " + repair.eClass().getName() + ".");
        }
        form.text("properties.repair.priority", "Repair priority", c, Literals.COMPONENT__REPAIR_PRIORITY, "higher first");
    }
}
