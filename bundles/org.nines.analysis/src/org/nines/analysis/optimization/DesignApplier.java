package org.nines.analysis.optimization;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;

/**
 * Writes a design into a copy of the model: every optimised block whose choice is not {@code current} is replaced by a
 * sub-diagram block standing for a new diagram {@code opt-<subsystem>} with the chosen units (copies of the option's
 * component with ids {@code <subsystem>.u<i>}) in parallel into a k-of-n node (active), or in a standby group (cold or
 * warm, dormant factor {@value Subsystems#WARM_DORMANT_FACTOR} for warm). The original model is not modified.
 */
public final class DesignApplier {
    private static final NinesFactory F = NinesFactory.eINSTANCE;

    private DesignApplier() {
    }

    /** @return a copy of {@code model} built as {@code design} says */
    public static SystemModel apply(SystemModel model, Design design) {
        SystemModel copy = EcoreUtil.copy(model);
        for (DesignChoice choice : design.choices()) {
            if (choice.optionId().equals("current")) {
                continue;
            }
            OptimizationSubsystem subsystem = copy.getOptimizationSubsystems().stream()
                    .filter(s -> s.getId().equals(choice.subsystemId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no optimisation subsystem " + choice.subsystemId()));
            Component type = copy.getComponents().stream().filter(c -> c.getId().equals(choice.componentId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no component " + choice.componentId()));
            var option = subsystem.getOptions().stream().filter(o -> o.getId().equals(choice.optionId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no design option " + choice.optionId()));
            Diagram inner = module(copy, choice, type, option.getSwitchoverHours(), option.getSwitchFailureProbability());
            replace(subsystem.getBlock(), inner, choice.subsystemId());
        }
        return copy;
    }

    private static Diagram module(SystemModel model, DesignChoice choice, Component type, double switchover, double switchFailure) {
        String id = "opt-" + choice.subsystemId();
        Diagram d = F.createDiagram();
        d.setId(id);
        d.setName(choice.describe());
        model.getDiagrams().add(d);
        Start start = F.createStart();
        start.setId(id + ".start");
        End end = F.createEnd();
        end.setId(id + ".end");
        d.getNodes().add(start);
        d.getNodes().add(end);
        List<Component> units = new ArrayList<>();
        for (int i = 1; i <= choice.units(); i++) {
            Component unit = EcoreUtil.copy(type);
            unit.setId(choice.subsystemId() + ".u" + i);
            model.getComponents().add(unit);
            units.add(unit);
        }
        if (choice.mode().equals("ACTIVE")) {
            KofN k = F.createKofN();
            k.setId(id + ".k");
            k.setK(choice.required());
            d.getNodes().add(k);
            for (Component unit : units) {
                Block b = F.createBlock();
                b.setId(id + ".b-" + unit.getId());
                b.setComponent(unit);
                d.getNodes().add(b);
                connect(d, start, b);
                connect(d, b, k);
            }
            connect(d, k, end);
        } else {
            StandbyGroup g = F.createStandbyGroup();
            g.setId(id + ".sb");
            g.getMembers().addAll(units);
            g.setMode(choice.mode().equals("COLD_STANDBY") ? StandbyMode.COLD : StandbyMode.WARM);
            g.setDormantFactor(choice.mode().equals("COLD_STANDBY") ? 0 : Subsystems.WARM_DORMANT_FACTOR);
            g.setSwitchoverHours(switchover);
            g.setSwitchFailureProbability(switchFailure);
            d.getNodes().add(g);
            connect(d, start, g);
            connect(d, g, end);
        }
        return d;
    }

    private static void replace(Block block, Diagram inner, String subsystemId) {
        Diagram outer = (Diagram) block.eContainer();
        SubDiagramBlock sub = F.createSubDiagramBlock();
        sub.setId("opt-block-" + subsystemId);
        sub.setName(inner.getName()); // the design choice, e.g. "2 x wan1 (1 of 2, ACTIVE)"
        sub.setDiagram(inner);
        if (block.getBounds() != null) {
            sub.setBounds(EcoreUtil.copy(block.getBounds())); // drawn where the replaced block was
        }
        outer.getNodes().add(sub);
        for (Connector c : outer.getConnectors()) {
            if (c.getSource() == block) {
                c.setSource(sub);
            }
            if (c.getTarget() == block) {
                c.setTarget(sub);
            }
        }
        outer.getNodes().remove(block);
    }

    private static void connect(Diagram d, DiagramNode from, DiagramNode to) {
        Connector c = F.createConnector();
        c.setId(d.getId() + ".c" + d.getConnectors().size());
        c.setSource(from);
        c.setTarget(to);
        d.getConnectors().add(c);
    }
}
