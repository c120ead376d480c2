package org.nines.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.model.Block;
import org.nines.model.ComponentKind;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/** Safe loading and atomic saving of .nines files; hostile files give a clear error and read nothing else. */
class ModelStoreTest {
    /** Hang guard for hostile input, not a speed assertion: each of these returns in milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    static SystemModel twoServers() {
        ModelBuilder builder = ModelBuilder.model("Two servers");
        var a = builder.component("a", "Server A", ComponentKind.SERVER, 10_000, 8);
        var b = builder.component("b", "Server B", ComponentKind.SERVER, 10_000, 8);
        DiagramBuilder top = builder.diagram("top", "Service");
        Block blockA = top.block("block-a", a);
        Block blockB = top.block("block-b", b);
        top.chain(top.start(), blockA, top.end());
        top.chain(top.start(), blockB, top.end());
        return builder.build();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private ModelFileException loadFails(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(ModelFileException.class, () -> ModelStore.load(file)));
    }

    @Test
    void savedModelLoadsBackEqual() throws Exception {
        SystemModel model = twoServers();
        Path file = dir.resolve("two.nines");
        ModelStore.save(model, file);
        LoadedModel loaded = ModelStore.load(file);
        assertTrue(EcoreUtil.equals(model, loaded.model()), "round trip keeps every attribute and reference");
        assertEquals(List.of(), ModelValidator.validate(loaded.model()));
    }

    @Test
    void savedFileIsUtf8XmiWithIdReferences() throws Exception {
        SystemModel model = twoServers();
        model.setDescription("Größe – ünïcode");
        Path file = dir.resolve("two.nines");
        ModelStore.save(model, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("Größe – ünïcode"));
        assertTrue(text.contains("component=\"a\""), "blocks refer to components by id: " + text);
        assertTrue(text.contains("schemaVersion=\"1\"") || !text.contains("schemaVersion"), text);
    }

    @Test
    void validationProblemsCarryFileAndLine() throws Exception {
        SystemModel model = twoServers();
        model.getComponents().get(1).setCapex(-5);
        Path file = dir.resolve("bad.nines");
        ModelStore.save(model, file);
        LoadedModel loaded = ModelStore.load(file);
        Problem problem = ModelValidator.validate(loaded.model()).get(0);
        int line = loaded.lineOf(problem.element());
        String lineText = Files.readAllLines(file).get(line - 1);
        assertTrue(lineText.contains("id=\"b\""), "line " + line + " is where component b starts: " + lineText);
        assertTrue(loaded.describe(problem).startsWith(file + ":" + line + ": error: Component 'Server B' (b): "),
                loaded.describe(problem));
    }

    @Test
    void saveKeepsPreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("m.nines");
        SystemModel model = twoServers();
        ModelStore.save(model, file);
        model.setName("Renamed");
        ModelStore.save(model, file);
        assertEquals("Renamed", ModelStore.load(file).model().getName());
        assertEquals("Two servers", ModelStore.load(dir.resolve("m.nines.bak")).model().getName());
    }

    @Test
    void externalEntityIsRefusedAndTheSecretIsNotRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path file = write("xxe.nines", """
                <?xml version="1.0"?>
                <!DOCTYPE m [ <!ENTITY x SYSTEM "%s"> ]>
                <nines:SystemModel xmlns:nines="http://nines.org/model/1" name="&x;"/>
                """.formatted(secret.toUri()));
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().contains(file + ":2: DOCTYPE declarations are not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = write("lol.nines", "<?xml version=\"1.0\"?><!DOCTYPE m [" + entities
                + "]><nines:SystemModel xmlns:nines=\"http://nines.org/model/1\" name=\"&l9;\"/>");
        assertTrue(loadFails(file).getMessage().contains("DOCTYPE declarations are not allowed"));
    }

    @Test
    void hugeFileIsRejectedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.nines");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L << 20); // sparse: 200 MB without writing them
        }
        assertTrue(loadFails(file).getMessage().contains("file is 200 MB; Nines model files are limited to 64 MB"));
    }

    @Test
    void truncatedFileIsReportedWithItsLine() throws Exception {
        SystemModel model = twoServers();
        Path whole = dir.resolve("whole.nines");
        ModelStore.save(model, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("cut.nines");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("ends too early") || e.getMessage().contains("malformed XML"), e.getMessage());
    }

    @Test
    void wrongRootElementIsReported() throws Exception {
        Path file = write("wrong.nines", "<?xml version=\"1.0\"?>\n<project><name>x</name></project>\n");
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("not a Nines model") || e.getMessage().contains("not part of the Nines model"),
                e.getMessage());
    }

    @Test
    void rootOfAnotherNinesTypeIsReported() throws Exception {
        Path file = write("component.nines", "<?xml version=\"1.0\"?>\n"
                + "<nines:Component xmlns:nines=\"http://nines.org/model/1\" id=\"a\"/>\n");
        assertTrue(loadFails(file).getMessage().contains("expected one nines:SystemModel, found Component"));
    }

    @Test
    void unknownAttributeNamesElementAndAttribute() throws Exception {
        Path file = write("unknown.nines", """
                <?xml version="1.0" encoding="UTF-8"?>
                <nines:SystemModel xmlns:nines="http://nines.org/model/1" name="M">
                  <components id="a" name="Server A" frobnicate="1"/>
                </nines:SystemModel>
                """);
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().contains(file + ":3: Component 'Server A' (a): unknown attribute or element 'frobnicate'"),
                e.getMessage());
    }

    @Test
    void unresolvedReferenceNamesTheMissingId() throws Exception {
        Path file = write("dangling.nines", """
                <?xml version="1.0" encoding="UTF-8"?>
                <nines:SystemModel xmlns:nines="http://nines.org/model/1" name="M" topDiagram="nowhere"/>
                """);
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().contains(file + ":2: ") && e.getMessage().contains("topDiagram refers to 'nowhere'"),
                e.getMessage());
    }

    @Test
    void illegalNumberIsReported() throws Exception {
        Path file = write("number.nines", """
                <?xml version="1.0" encoding="UTF-8"?>
                <nines:SystemModel xmlns:nines="http://nines.org/model/1" name="M" missionTimeHours="a year"/>
                """);
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().contains("missionTimeHours has an illegal value 'a year'"), e.getMessage());
    }

    @Test
    void binaryGarbageIsNotAModel() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path file = dir.resolve("garbage.nines");
        Files.write(file, garbage);
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no exception class names for the user: " + e.getMessage());
    }

    @Test
    void emptyAndMissingFilesAreReported() throws Exception {
        assertTrue(loadFails(write("empty.nines", "")).getMessage().contains("file is empty"));
        assertTrue(loadFails(dir.resolve("missing.nines")).getMessage().contains("file not found"));
    }

    @Test
    void schemaLocationIsNotFollowed() throws Exception {
        Path other = write("other.ecore", "<not-even-ecore/>");
        Path file = write("schema.nines", """
                <?xml version="1.0" encoding="UTF-8"?>
                <evil:Thing xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:evil="urn:evil"
                    xsi:schemaLocation="urn:evil %s"/>
                """.formatted(other.toUri()));
        ModelFileException e = loadFails(file);
        assertTrue(e.getMessage().contains("not a Nines model") || e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void newerSchemaVersionIsRefusedWithAdvice() throws Exception {
        Path file = write("future.nines", """
                <?xml version="1.0" encoding="UTF-8"?>
                <nines:SystemModel xmlns:nines="http://nines.org/model/1" name="M" schemaVersion="7"/>
                """);
        assertTrue(loadFails(file).getMessage().contains("written by a newer Nines (schema 7)"));
    }

    @Test
    void olderSchemaIsMigratedStepByStep() throws Exception {
        SystemModel model = twoServers();
        model.setSchemaVersion(1);
        SchemaMigrations.Step renameStep = new SchemaMigrations.Step() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void apply(SystemModel m) {
                m.setName(m.getName() + " (migrated)");
            }
        };
        new SchemaMigrations(2, List.of(renameStep)).migrate(dir.resolve("old.nines"), model);
        assertEquals(2, model.getSchemaVersion());
        assertEquals("Two servers (migrated)", model.getName());
    }
}
