package org.nines.analysis.risk;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.nines.analysis.system.CutSetResult;

/**
 * The minimal cut sets of the base analysis indexed by event: which cut sets contain a given event. A risk's reason
 * text only concerns the cut sets that contain an event the risk touches, so it looks at those instead of all.
 */
final class CutSetIndex {
    private final List<CutSetResult> cutSets;
    private final int[][] eventsOfCutSet;
    private final List<List<Integer>> cutSetsOfEvent;

    /**
     * @param cutSets    the minimal cut sets, in the base result's order
     * @param indexByKey event key to the event's index in the structure's variables
     * @param eventCount number of events
     */
    CutSetIndex(List<CutSetResult> cutSets, Map<String, Integer> indexByKey, int eventCount) {
        this.cutSets = cutSets;
        eventsOfCutSet = new int[cutSets.size()][];
        cutSetsOfEvent = new ArrayList<>(eventCount);
        for (int e = 0; e < eventCount; e++) {
            cutSetsOfEvent.add(new ArrayList<>(2));
        }
        for (int c = 0; c < cutSets.size(); c++) {
            List<String> keys = cutSets.get(c).keys();
            eventsOfCutSet[c] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                Integer e = indexByKey.get(keys.get(k));
                if (e == null) {
                    throw new IllegalArgumentException("cut set " + keys + ": event " + keys.get(k) + " is not in the structure");
                }
                eventsOfCutSet[c][k] = e;
                cutSetsOfEvent.get(e).add(c);
            }
        }
    }

    CutSetResult cutSet(int index) {
        return cutSets.get(index);
    }

    /** @return the event indices of cut set {@code index}, in the order of its keys */
    int[] events(int index) {
        return eventsOfCutSet[index];
    }

    /** @return the indices of the cut sets that contain at least one of {@code events}, ascending (the base order) */
    int[] containingAny(int[] events) {
        BitSet hit = new BitSet(cutSets.size());
        for (int e : events) {
            for (int c : cutSetsOfEvent.get(e)) {
                hit.set(c);
            }
        }
        return hit.stream().toArray();
    }
}
