package org.nines.io.mef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.exact.FaultTreeResult;
import org.nines.analysis.exact.Importance;

/**
 * The models installed with SCRAM (Debian package {@code scram}, GPL data, read in place and never copied):
 * top-event probability and number of minimal cut sets (-1: not checked) as SCRAM 0.16.2 reports them, and importance factors
 * on a few of them. Skipped where the package is not installed.
 */
class ScramInputsTest {

    private static final Path INPUT = Path.of("/usr/share/scram/input");

    private static MefModel read(String files) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(INPUT), "SCRAM inputs not installed (apt-get install scram)");
        Path[] paths = Arrays.stream(files.split(" ")).map(INPUT::resolve).toArray(Path[]::new);
        return MefReader.read(paths);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Baobab/baobab1.xml Baobab/baobab1-basic-events.xml     | 1.2823e-06 | 46188
            Baobab/baobab2.xml Baobab/baobab2-basic-events.xml     | 0.0208686  | 4805
            Chinese/chinese.xml Chinese/chinese-basic-events.xml   | 0.00456932 | 392
            CEA9601/CEA9601.xml CEA9601/CEA9601-basic-events.xml   | 2.38155e-06 | -1
            HIPPS/HIPPS.xml                                        | 0.00162091 | 9
            ne574/ne574.xml                                        | 0.662208   | 7
            TwoTrain/two_train.xml                                 | 0.7225     | 4
            BSCU/BSCU.xml                                          | 0.112409   | 10
            Theatre/theatre.xml                                    | 0.00207    | 2
            Lift/lift.xml                                          | 1.19999e-05 | 12
            SmallTree/SmallTree.xml                                | 0.0267768  | 2
            ThreeMotor/three_motor.xml                             | 0.0211538  | 12
            """)
    void probabilityAndCutSetCountMatchScram(String files, double probability, long cutSets) throws IOException {
        MefModel m = read(files);
        double p = FaultTreeAnalysis.analyze(m.structure(), m.probabilities(),
                FaultTreeAnalysis.Options.probabilityOnly()).topEventProbability();
        assertEquals(probability, Significant.round(p, 6), files + ": " + p);
        if (cutSets >= 0) { // CEA9601: 130,281,976 by SCRAM in 342 s; counted by hand, too slow for a unit test
            assertEquals(cutSets, FaultTreeAnalysis.countMinimalCutSets(m.structure(), Integer.MAX_VALUE), files);
        }
    }

    @Test
    void importanceFactorsMatchScramOnChinese() throws IOException {
        MefModel m = read("Chinese/chinese.xml Chinese/chinese-basic-events.xml");
        // scram chinese.xml chinese-basic-events.xml --bdd --probability true --importance true
        assertImportance(m, "e1", 0.0745557, 0.326332, 0.339805, 16.9902, 1.48441);
        assertImportance(m, "e9", 5.89643e-05, 0.000258088, 0.0202529, 1.01265, 1.00026);
    }

    @Test
    void importanceFactorsMatchScramOnHipps() throws IOException {
        MefModel m = read("HIPPS/HIPPS.xml");
        assertImportance(m, "PSHCCF", 0.998383, 0.00258695, 0.00259114, 616.939, 1.00259);
        assertImportance(m, "PSH1Failure", 0.000167707, 8.69067e-06, 9.26864e-05, 1.10346, 1.00001);
    }

    @Test
    void importanceFactorsMatchScramOnAraliaDas9202() throws IOException {
        MefModel m = Resources.read("/aralia/das9202.xml");
        assertImportance(m, "e16", 8.55576e-08, 8.45816e-08, 0.0100001, 1.00001, 1);
        assertImportance(m, "e18", 0.000220434, 0.00021792, 0.0102157, 1.02157, 1.00022);
    }

    /** Compares with SCRAM's MIF, CIF, DIF, RAW, RRW at the 6 significant digits it prints. */
    private static void assertImportance(MefModel m, String event, double mif, double cif, double dif, double raw,
            double rrw) {
        FaultTreeResult r = FaultTreeAnalysis.analyze(m.structure(), m.probabilities(),
                FaultTreeAnalysis.Options.defaults().withCutSets(0, 0, 0));
        Importance i = r.importance().get(m.structure().variableIndex(event));
        assertEquals(mif, Significant.round(i.birnbaum(), 6), event + " MIF");
        assertEquals(cif, Significant.round(i.criticality(), 6), event + " CIF");
        assertEquals(dif, Significant.round(i.dif(), 6), event + " DIF");
        assertEquals(raw, Significant.round(i.raw(), 6), event + " RAW");
        assertEquals(rrw, Significant.round(i.rrw(), 6), event + " RRW");
    }
}
