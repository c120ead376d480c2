package org.nines.io.mef;

import java.util.List;

import org.nines.analysis.structure.StructureFunction;

/**
 * A fault-tree model read from Open-PSA MEF files: the structure function of the top gate and the point
 * probability of each of its basic events.
 *
 * @param structure the structure function (failure logic); its variables are the basic events reachable
 *        from the top gate, including the events created by expanding CCF groups
 * @param topGate name of the top gate
 * @param basicEvents one entry per variable of {@code structure}, in variable index order
 * @param missionTime the mission time in hours used for {@code <system-mission-time/>}
 * @param missionTimeUsed whether any expression referred to the mission time
 */
public record MefModel(StructureFunction structure, String topGate, List<BasicEvent> basicEvents,
        double missionTime, boolean missionTimeUsed) {

    /** Copies the list and checks it matches the structure. */
    public MefModel {
        basicEvents = List.copyOf(basicEvents);
        if (basicEvents.size() != structure.variableCount()) {
            throw new IllegalArgumentException("basic events do not match the structure variables");
        }
    }

    /**
     * A basic event.
     *
     * @param name the name (for CCF events created by expansion: {@code [A]} for the independent part of
     *        member A, {@code [A B C]} for the common-cause event of a group's members, as SCRAM names them)
     * @param description the {@code <label>} text, or the empty string
     * @param probability point probability in [0, 1] (mean value for random deviates)
     */
    public record BasicEvent(String name, String description, double probability) {
    }

    /** @return a fresh array of the basic-event probabilities, indexed like the structure's variables */
    public double[] probabilities() {
        double[] p = new double[basicEvents.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = basicEvents.get(i).probability();
        }
        return p;
    }
}
