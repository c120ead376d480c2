package org.nines.io.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.AtomicFiles;
import org.nines.model.NinesPackage;
import org.nines.model.validation.Labels;

/**
 * A child process saving a model in a loop is killed (SIGKILL) at random moments, again and again: the model file
 * and its backup must always load completely.
 */
class KillDuringSaveTest {
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void killDuringSaveNeverLeavesACorruptOrMissingModel() throws Exception {
        Path file = dir.resolve("plant.nines");
        ModelStore.save(ModelStoreTest.twoServers(), file);
        Random random = new Random(20261126L);
        Set<String> versionsSeen = new LinkedHashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = startChild(file);
            awaitSaving(child);
            Thread.sleep(20 + random.nextInt(250));
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            versionsSeen.add(ModelStore.load(file).model().getName());
            Path backup = dir.resolve("plant.nines.bak");
            if (Files.exists(backup)) {
                ModelStore.load(backup);
            }
        }
        assertTrue(versionsSeen.size() > 1, "the children saved new versions before being killed: " + versionsSeen);
    }

    private static Process startChild(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        return new ProcessBuilder(java, "-cp", childClassPath(), SaveLoopChild.class.getName(), file.toString())
                .redirectErrorStream(true).start();
    }

    private static void awaitSaving(Process child) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        for (String line; (line = reader.readLine()) != null;) {
            if (line.equals("saving")) {
                return;
            }
            output.append(line).append('\n');
        }
        fail("child process did not start saving:\n" + output);
    }

    /** The jars or class folders of everything the child needs, found from where the classes were loaded. */
    private static String childClassPath() {
        List<Class<?>> needed = List.of(SaveLoopChild.class, ModelStoreTest.class, ModelStore.class, AtomicFiles.class,
                NinesPackage.class, Labels.class, EObject.class, URI.class, XMIResourceImpl.class);
        return needed.stream().map(KillDuringSaveTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            String classFile = type.getName().replace('.', '/') + ".class";
            for (Path candidate : List.of(path, path.resolve("target/classes"), path.resolve("bin"))) {
                if (Files.isRegularFile(candidate) || Files.exists(candidate.resolve(classFile))) {
                    return candidate.toString();
                }
            }
            throw new IllegalStateException("cannot find " + classFile + " under " + path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
