package org.nines.ui.actions;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.io.AtomicFiles;
import org.nines.io.convert.FaultTreeToModel;
import org.nines.io.convert.MefExport;
import org.nines.io.mef.MefReader;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/**
 * Open-PSA MEF import and export as the workbench does them (the same conversions as {@code nines convert}); both
 * write their output atomically.
 */
public final class MefConversions {
    private MefConversions() {
    }

    /**
     * Writes the model's failure logic and basic-event unavailabilities as an MEF fault tree.
     *
     * @return a one-line summary ("12 basic events, 5 gates")
     * @throws IllegalArgumentException listing the validation errors when the model cannot be analysed
     */
    public static String export(SystemModel model, Path xml) throws IOException {
        List<Problem> problems = ModelValidator.validate(model);
        if (ModelValidator.hasErrors(problems)) {
            throw new IllegalArgumentException("the model has errors; fix them first:\n" + problems.stream()
                    .filter(Problem::isError).limit(10).map(Problem::message).collect(Collectors.joining("\n")));
        }
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        AtomicFiles.write(xml, false, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            MefExport.write(snapshot, writer);
            writer.flush();
        });
        return snapshot.events().size() + " basic events, " + snapshot.structure().gateCount() + " gates";
    }

    /**
     * Reads MEF files (several, as SCRAM takes them), turns the fault tree into a model named after the first file,
     * and writes it to {@code target}.
     *
     * @return the model written
     * @throws org.nines.io.mef.MefException  naming file and line when the input is not valid MEF
     * @throws IllegalArgumentException naming the gate when the tree is not coherent (NOT, XOR, NAND, NOR)
     */
    public static SystemModel importTree(List<Path> xml, Path target) throws IOException {
        if (xml.isEmpty()) {
            throw new IllegalArgumentException("no MEF file given");
        }
        SystemModel model = FaultTreeToModel.convert(MefReader.read(xml.toArray(Path[]::new)), modelName(xml.get(0)));
        ModelStore.save(model, target);
        return model;
    }

    /** The model name for an MEF file: its file name without .xml. */
    static String modelName(Path xml) {
        return xml.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
    }
}
