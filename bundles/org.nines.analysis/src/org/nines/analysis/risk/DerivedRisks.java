package org.nines.analysis.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.Availability;

import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Component;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.SystemModel;

/** Builds the derived risk proposals of {@link RiskAnalysis#proposeDerivedRisks}. */
final class DerivedRisks {
    private final SystemModel model;
    private final SystemSnapshot snapshot;
    private final AvailabilityResult base;
    private final RiskAnalysis.Options options;
    private final Map<String, BasicEvent> events = new HashMap<>();
    private final Map<String, EventResult> results;
    private final Map<String, Component> components = new HashMap<>();
    private final Set<Set<String>> existing = new HashSet<>();

    DerivedRisks(SystemModel model, SystemSnapshot snapshot, AvailabilityResult base, RiskAnalysis.Options options) {
        this.model = model;
        this.snapshot = snapshot;
        this.base = base;
        this.options = options;
        snapshot.events().forEach(e -> events.put(e.key(), e));
        results = RiskAnalysis.eventsByKey(base);
        model.getComponents().forEach(c -> components.put(c.getId(), c));
        for (Risk r : model.getRisks()) {
            if (r.isDerived()) {
                existing.add(new HashSet<>(r.getAffectedComponents().stream().map(Component::getId).toList()));
            }
        }
    }

    List<Risk> propose() {
        List<Risk> out = new ArrayList<>();
        int cutSets = 0;
        for (CutSetResult cut : base.minimalCutSets()) {
            if (cut.order() >= 2 && (cut.probability() < options.cutSetCutoff() || cutSets >= options.maxDerivedCutSets())) {
                continue;
            }
            Risk risk = proposal(cut, cut.order() == 1 ? spofId(cut.keys().get(0)) : "D-CS-" + (cutSets + 1));
            if (risk != null) {
                out.add(risk);
                if (cut.order() >= 2) {
                    cutSets++;
                }
            }
        }
        return out;
    }

    private Risk proposal(CutSetResult cut, String id) {
        double qAll = 1;
        for (String key : cut.keys()) {
            qAll *= results.get(key).unavailability();
        }
        double frequencyPerHour = BasicEvent.cutSetFrequencyPerHour(cut.keys().stream().map(events::get).toList());
        if (!(frequencyPerHour > 0)) {
            return null;
        }
        Set<String> affected = new LinkedHashSet<>();
        cut.keys().forEach(k -> affected.addAll(events.get(k).componentIds()));
        if (existing.contains(affected)) {
            return null;
        }
        Risk risk = NinesFactory.eINSTANCE.createRisk();
        risk.setId(id);
        boolean spof = cut.order() == 1;
        String what = String.join(" + ", cut.labels());
        risk.setName(spof ? "Single point of failure: " + what : "Cut set: " + what);
        risk.setTitle(spof ? what + " alone takes the service down" : what + " together take the service down");
        risk.setDescription(String.format(Locale.ROOT, spof
                ? "Proposed from the model: %1$s is a single point of failure (%2$.3g outages/yr, %3$.3g h each)."
                : "Proposed from the model: a minimal cut set of order %4$d (%2$.3g occurrences/yr, %3$.3g h each).",
                what, frequencyPerHour * Availability.HOURS_PER_YEAR, qAll / frequencyPerHour, cut.order()));
        risk.setCategory(category(affected));
        for (String c : affected) {
            Component component = components.get(c);
            if (component != null) {
                risk.getAffectedComponents().add(component);
            }
        }
        // risk likelihoods are per calendar year (8,760 h), whatever the model's analysis period
        risk.setLikelihoodPerYear(frequencyPerHour * Availability.HOURS_PER_YEAR);
        risk.setOutageHours(qAll / frequencyPerHour);
        risk.setStatus(RiskStatus.OPEN);
        risk.setResidualLikelihoodPerYear(-1);
        risk.setResidualOutageHours(-1);
        risk.setDerived(true);
        return risk;
    }

    private RiskCategory category(Set<String> affected) {
        Component first = components.get(affected.iterator().next());
        if (first == null || first.getKind() == null) {
            return RiskCategory.OTHER;
        }
        return switch (first.getKind()) {
            case POWER_FEED, UPS, GENERATOR -> RiskCategory.POWER;
            case NETWORK_SWITCH, ROUTER, FIREWALL, LOAD_BALANCER, LINK -> RiskCategory.NETWORK;
            case OPERATING_SYSTEM, APPLICATION, VIRTUAL_MACHINE -> RiskCategory.SOFTWARE;
            case SERVER, STORAGE, DATABASE, COOLING -> RiskCategory.HARDWARE;
            default -> RiskCategory.OTHER;
        };
    }

    /** {@code D-SPOF-<component>}, {@code D-CCF-<group>} or {@code D-SB-<standby group>}. */
    private static String spofId(String key) {
        if (key.startsWith("ccf:")) {
            return "D-CCF-" + safe(key.substring(4));
        }
        if (key.startsWith("standby:")) {
            return "D-SB-" + safe(key.substring(8));
        }
        return "D-SPOF-" + safe(key);
    }

    private static String safe(String key) {
        return key.replaceAll("[^A-Za-z0-9_.-]", "-");
    }
}
