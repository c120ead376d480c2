package org.nines.io.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;
import org.nines.io.mef.MefModel;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Turns a coherent fault tree into a Nines model with reliability block diagrams: an OR gate (any input failure fails
 * it) becomes a series chain, an AND gate parallel branches, an ATLEAST(k of n) gate a k-of-n node needing n-k+1
 * working inputs. Gates used more than once become sub-diagrams, so shared logic stays shared. Basic events become
 * components with their fixed probability; house events components that are always (or never) failed.
 * Non-coherent gates (NOT, XOR, NAND, NOR) cannot be drawn as block diagrams and are refused.
 */
public final class FaultTreeToModel {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private final StructureFunction sf;
    private final MefModel mef;
    private final ModelBuilder builder;
    private final Component[] components;
    private final int[] uses;
    private final Map<Integer, Diagram> sharedGates = new HashMap<>();
    private final java.util.Set<String> usedIds = new java.util.HashSet<>();
    private Component alwaysFailed;
    private int nodes;

    private FaultTreeToModel(MefModel mef, String name) {
        this.mef = mef;
        this.sf = mef.structure();
        this.builder = ModelBuilder.model(name);
        this.components = new Component[sf.variableCount()];
        this.uses = countGateUses(sf);
    }

    /** @throws IllegalArgumentException naming the gate when the tree is not coherent */
    public static SystemModel convert(MefModel mef, String name) {
        return new FaultTreeToModel(mef, name).build();
    }

    private SystemModel build() {
        for (int g = 0; g < sf.gateCount(); g++) {
            GateKind kind = sf.gateKind(g);
            if (kind != GateKind.AND && kind != GateKind.OR && kind != GateKind.ATLEAST && kind != GateKind.NULL) {
                throw new IllegalArgumentException("gate '" + gateLabel(g) + "' is " + kind
                        + ": block diagrams can only show coherent logic (AND, OR, at-least)");
            }
        }
        DiagramBuilder top = builder.diagram("top", "Fault tree " + mef.topGate());
        draw(top, sf.top(), List.of(top.start()), false).forEach(exit -> top.connect(exit, top.end()));
        SystemModel model = builder.build();
        for (Diagram diagram : model.getDiagrams()) {
            LayeredLayout.apply(diagram);
        }
        return model;
    }

    /** Draws the success paths of the node after {@code predecessors}; returns the nodes its paths end at. */
    private List<DiagramNode> draw(DiagramBuilder d, int ref, List<DiagramNode> predecessors, boolean inSharedDiagram) {
        if (StructureFunction.isConstant(ref)) {
            return StructureFunction.constantValue(ref) ? connect(d, d.block(nextId("b"), alwaysFailed()), predecessors)
                    : predecessors;
        }
        if (StructureFunction.isVariable(ref)) {
            return connect(d, d.block(nextId("b"), component(StructureFunction.index(ref))), predecessors);
        }
        int g = StructureFunction.index(ref);
        if (uses[g] > 1 && !inSharedDiagram) {
            return connect(d, d.subDiagram(nextId("sub"), sharedDiagram(g)), predecessors);
        }
        int[] children = sf.gateChildren(g);
        return switch (sf.gateKind(g)) {
            case OR, NULL -> {
                List<DiagramNode> current = predecessors;
                for (int child : children) {
                    current = draw(d, child, current, false);
                }
                yield current;
            }
            case AND -> {
                List<DiagramNode> exits = new ArrayList<>();
                for (int child : children) {
                    for (DiagramNode exit : draw(d, child, predecessors, false)) {
                        if (!exits.contains(exit)) {
                            exits.add(exit);
                        }
                    }
                }
                yield exits;
            }
            case ATLEAST -> {
                int n = children.length;
                KofN vote = d.kOfN(nextId("k"), n - sf.gateThreshold(g) + 1);
                vote.setName(vote.getK() + " of " + n);
                for (int child : children) {
                    List<DiagramNode> exits = draw(d, child, predecessors, false);
                    d.connect(single(d, exits), vote);
                }
                yield List.of(vote);
            }
            default -> throw new IllegalStateException("checked above");
        };
    }

    /** Several path ends counted as one input: joined by a 1-of-n node. */
    private DiagramNode single(DiagramBuilder d, List<DiagramNode> exits) {
        if (exits.size() == 1) {
            return exits.get(0);
        }
        KofN join = d.kOfN(nextId("j"), 1);
        join.setName("any");
        exits.forEach(e -> d.connect(e, join));
        return join;
    }

    private Diagram sharedDiagram(int g) {
        Diagram known = sharedGates.get(g);
        if (known != null) {
            return known;
        }
        DiagramBuilder d = builder.diagram(nextId("d"), gateLabel(g));
        sharedGates.put(g, d.diagram());
        List<DiagramNode> exits = draw(d, StructureFunction.gateRef(g), List.of(d.start()), true);
        exits.forEach(e -> d.connect(e, d.end()));
        return d.diagram();
    }

    private List<DiagramNode> connect(DiagramBuilder d, DiagramNode node, List<DiagramNode> predecessors) {
        predecessors.forEach(p -> d.connect(p, node));
        return List.of(node);
    }

    private Component component(int variable) {
        if (components[variable] == null) {
            MefModel.BasicEvent event = mef.basicEvents().get(variable);
            Component c = builder.component(uniqueId(event.name(), variable), event.name(), ComponentKind.OTHER, 1, 1);
            FixedProbabilityFailure failure = F.createFixedProbabilityFailure();
            failure.setProbability(event.probability());
            c.setFailure(failure);
            c.setRepair(F.createNonRepairable());
            if (event.description() != null && !event.description().isBlank()) {
                c.setNotes(event.description());
            }
            components[variable] = c;
        }
        return components[variable];
    }

    private Component alwaysFailed() {
        if (alwaysFailed == null) {
            alwaysFailed = builder.component("house-event-true", "House event (true)", ComponentKind.OTHER, 1, 1);
            FixedProbabilityFailure failure = F.createFixedProbabilityFailure();
            failure.setProbability(1);
            alwaysFailed.setFailure(failure);
            alwaysFailed.setRepair(F.createNonRepairable());
        }
        return alwaysFailed;
    }

    private String gateLabel(int g) {
        return sf.gateName(g) == null ? "gate " + g : sf.gateName(g);
    }

    private String nextId(String prefix) {
        return prefix + (++nodes);
    }

    /** Model ids allow letters, digits, '-', '_' and '.': other characters become '_', clashes get a suffix. */
    private String uniqueId(String name, int index) {
        String base = name.isEmpty() ? "event" + index : "e-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = base;
        for (int i = 2; !usedIds.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static int[] countGateUses(StructureFunction sf) {
        int[] uses = new int[sf.gateCount()];
        for (int g = 0; g < sf.gateCount(); g++) {
            for (int child : sf.gateChildren(g)) {
                if (StructureFunction.isGate(child)) {
                    uses[StructureFunction.index(child)]++;
                }
            }
        }
        return uses;
    }
}
