package org.nines.cli;

import java.io.PrintStream;
import java.util.List;

import org.nines.io.model.LoadedModel;
import org.nines.model.Block;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;

/** {@code nines info FILE}: what a model contains. */
final class InfoCommand {
    private final PrintStream out;
    private final PrintStream err;

    InfoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.size() != 1) {
            throw new UsageException("expects exactly one model file, e.g. nines info examples/web-cluster.nines");
        }
        LoadedModel loaded = ModelInput.load(files.get(0), err);
        if (loaded == null) {
            return Main.USAGE;
        }
        SystemModel model = loaded.model();
        out.println(model.getName() == null ? files.get(0) : model.getName());
        if (model.getDescription() != null && !model.getDescription().isBlank()) {
            out.println("  " + model.getDescription());
        }
        row("sites", model.getSites().size());
        row("components", model.getComponents().size());
        row("diagrams", model.getDiagrams().size());
        row("blocks", countNodes(model, Block.class));
        row("k-of-n nodes", countNodes(model, KofN.class));
        row("standby groups", countNodes(model, StandbyGroup.class));
        row("sub-diagram blocks", countNodes(model, SubDiagramBlock.class));
        row("connectors", model.getDiagrams().stream().mapToLong(d -> d.getConnectors().size()).sum());
        row("common-cause groups", model.getCommonCauseGroups().size());
        row("risks", model.getRisks().size());
        row("scenarios", model.getScenarios().size());
        out.printf("  %-20s %s%n", "currency", model.getCurrency());
        out.printf("  %-20s %s h%n", "mission time", format(model.getMissionTimeHours()));
        return Main.OK;
    }

    private void row(String what, long count) {
        out.printf("  %-20s %d%n", what, count);
    }

    private static long countNodes(SystemModel model, Class<?> type) {
        return model.getDiagrams().stream().flatMap(d -> d.getNodes().stream()).filter(type::isInstance).count();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
