package org.nines.ui.views;

import org.nines.model.Component;
import org.nines.model.SystemModel;
import org.nines.model.NinesPackage.Literals;

/** The Costs tab: purchase and running cost in the model's currency, service life, and the unit's resources. */
final class CostsTab {
    private CostsTab() {
    }

    static void fill(PropertyForm form, Component c) {
        String currency = c.eContainer() instanceof SystemModel m && m.getCurrency() != null ? m.getCurrency() : "";
        form.text("properties.costs.capex", "Purchase cost (CAPEX)", c, Literals.COMPONENT__CAPEX, currency);
        form.text("properties.costs.opex", "Running cost (OPEX)", c, Literals.COMPONENT__OPEX_PER_YEAR, currency + "/yr");
        form.text("properties.costs.life", "Service life", c, Literals.COMPONENT__SERVICE_LIFE_YEARS, "years");
        form.derived("properties.costs.perYear", "Cost of ownership", () -> perYear(c) + " " + currency + "/yr");
        form.text("properties.costs.weight", "Weight", c, Literals.COMPONENT__WEIGHT_KG, "kg");
        form.text("properties.costs.rackUnits", "Rack units", c, Literals.COMPONENT__RACK_UNITS, "U");
        form.text("properties.costs.power", "Power draw", c, Literals.COMPONENT__POWER_WATTS, "W");
    }

    /** CAPEX spread over the service life plus OPEX, per year, rounded to whole currency units. */
    static String perYear(Component c) {
        double life = c.getServiceLifeYears();
        if (!(life > 0)) {
            return "\u2013";
        }
        return ValueRule.format((double) Math.round(c.getCapex() / life + c.getOpexPerYear()));
    }
}
