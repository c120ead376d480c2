package org.nines.io.excel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DiagramNode;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Speed and memory of the workbook export for a large register: 5,000 components (2,500 redundant pairs in series)
 * and 10,000 risks hitting one to three random components each (seeded). Prints the time of the engines and of the
 * writing, the file size and the peak heap. Not a test; run by hand with a heap cap, e.g.
 * {@code java -Xmx300m -cp ... org.nines.io.excel.RiskWorkbookBenchmark [OUT.xlsx]}.
 */
public final class RiskWorkbookBenchmark {
    private RiskWorkbookBenchmark() {
    }

    static SystemModel model(int components, int risks) {
        ModelBuilder b = ModelBuilder.model("bench " + components + " components, " + risks + " risks");
        DiagramBuilder d = b.diagram("d", "Bench");
        DiagramNode previous = d.start();
        for (int i = 0; i < components; i += 2) {
            KofN join = d.kOfN("k" + i, 1);
            for (int j = i; j < i + 2; j++) {
                Component c = b.component("c" + j, "Component " + j, ComponentKind.SERVER, 2000 + 8000 * ((j * 37) % 101) / 100.0,
                        4 + 20 * ((j * 53) % 97) / 96.0);
                d.chain(previous, d.block("b" + j, c), join);
            }
            previous = join;
        }
        d.connect(previous, d.end());
        SystemModel model = b.build();
        model.setDowntimeCostPerHour(10_000);
        SplittableRandom random = new SplittableRandom(42);
        for (int r = 0; r < risks; r++) {
            Risk risk = NinesFactory.eINSTANCE.createRisk();
            risk.setId(String.format(Locale.ROOT, "R-%05d", r));
            risk.setTitle("Synthetic risk " + r + " with a title of workshop length");
            risk.setDescription("What happens: a synthetic threat number " + r + " takes a few components down at once.");
            risk.setCause("Why: chosen at random (seed 42).");
            risk.setCategory(RiskCategory.VALUES.get(r % RiskCategory.VALUES.size()));
            int hits = 1 + random.nextInt(3);
            for (int h = 0; h < hits; h++) {
                Component c = model.getComponents().get(random.nextInt(components));
                if (!risk.getAffectedComponents().contains(c)) {
                    risk.getAffectedComponents().add(c);
                }
            }
            risk.setLikelihoodPerYear(Math.pow(10, -3 + 4 * random.nextDouble()));
            risk.setOutageHours(1 + random.nextInt(72));
            risk.setMitigation("Mitigation text for risk " + r);
            risk.setOwner("Owner " + (r % 17));
            model.getRisks().add(risk);
        }
        return model;
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("nines-bench", ".xlsx");
        SystemModel model = model(5_000, 10_000);
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        WorkbookData data = WorkbookData.compute(model, false, null, "bench", ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        long t1 = System.nanoTime();
        RiskWorkbookWriter.write(data, out);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "engines %.2f s, writing %.2f s, total %.2f s; %,d bytes; peak heap %d MB (max %d MB)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, Files.size(out), peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
