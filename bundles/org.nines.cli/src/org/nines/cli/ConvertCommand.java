package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.AtomicFiles;
import org.nines.io.convert.FaultTreeToModel;
import org.nines.io.convert.MefExport;
import org.nines.io.mef.MefException;
import org.nines.io.mef.MefModel;
import org.nines.io.mef.MefReader;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/**
 * {@code nines convert MODEL.nines OUT.xml} writes the model's structure and unavailabilities as Open-PSA MEF;
 * {@code nines convert IN.xml... OUT.nines} turns a fault tree into a model with laid-out block diagrams.
 */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        if (arguments.size() < 2) {
            throw new UsageException("expects an input and an output: nines convert MODEL.nines OUT.xml, or nines convert IN.xml... OUT.nines");
        }
        List<String> inputs = arguments.subList(0, arguments.size() - 1);
        Path output = Path.of(arguments.get(arguments.size() - 1));
        if (inputs.size() == 1 && inputs.get(0).endsWith(".nines") && !output.toString().endsWith(".nines")) {
            return toMef(inputs.get(0), output);
        }
        if (output.toString().endsWith(".nines") && inputs.stream().noneMatch(i -> i.endsWith(".nines"))) {
            return toModel(inputs, output);
        }
        throw new UsageException("converts a .nines model to MEF (.xml) or MEF files to a .nines model");
    }

    private int toMef(String input, Path output) {
        SystemModel model = ModelInput.loadValid(input, err, "not converted");
        if (model == null) {
            return Main.USAGE;
        }
        var snapshot = SnapshotBuilder.of(model);
        try {
            AtomicFiles.write(output, false, stream -> {
                Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                MefExport.write(snapshot, writer);
                writer.flush();
            });
        } catch (IOException e) {
            err.println(output + ": cannot write: " + e.getMessage());
            return Main.FAILURE;
        }
        out.println("wrote " + output + " (" + snapshot.events().size() + " basic events, "
                + snapshot.structure().gateCount() + " gates)");
        return Main.OK;
    }

    private int toModel(List<String> inputs, Path output) {
        MefModel mef;
        try {
            mef = MefReader.read(inputs.stream().map(Path::of).toArray(Path[]::new));
        } catch (MefException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("cannot read " + String.join(", ", inputs) + ": " + e.getMessage());
            return Main.USAGE;
        }
        SystemModel model;
        try {
            String name = Path.of(inputs.get(0)).getFileName().toString().replaceFirst("\\.xml$", "");
            model = FaultTreeToModel.convert(mef, name);
        } catch (IllegalArgumentException e) {
            err.println(inputs.get(0) + ": cannot convert: " + e.getMessage());
            return Main.USAGE;
        }
        try {
            ModelStore.save(model, output);
        } catch (IOException e) {
            err.println(output + ": cannot write: " + e.getMessage());
            return Main.FAILURE;
        }
        out.println("wrote " + output + " (" + model.getComponents().size() + " components, " + model.getDiagrams().size()
                + " diagrams)");
        return Main.OK;
    }
}
