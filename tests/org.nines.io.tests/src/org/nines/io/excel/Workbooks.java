package org.nines.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/** Test helpers: example models, exporting them, opening and saving workbooks with POI. */
final class Workbooks {
    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);

    private Workbooks() {
    }

    static Path example(String name) {
        return Path.of(System.getProperty("nines.examples", "../../examples")).resolve(name);
    }

    static SystemModel load(String name) throws Exception {
        return ModelStore.load(example(name)).model();
    }

    /** Exports a model with scenarios and a small seeded simulation. */
    static WorkbookData full(SystemModel model) {
        return WorkbookData.compute(model, true, SimulationOptions.defaults().withHistories(500), "0.1.0.test", WHEN);
    }

    static Path export(WorkbookData data, Path file) throws IOException {
        RiskWorkbookWriter.write(data, file);
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
