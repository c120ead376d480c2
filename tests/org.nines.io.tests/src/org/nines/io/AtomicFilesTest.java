package org.nines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesContentAndKeepsPreviousVersionAsBak() throws IOException {
        Path file = dir.resolve("plant.nines");
        Files.writeString(file, "old");
        AtomicFiles.write(file, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(dir.resolve("plant.nines.bak")));
    }

    @Test
    void failingWriterLeavesOriginalUntouchedAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("plant.nines");
        Files.writeString(file, "original");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, true, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("original", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the original remains");
        }
    }

    @Test
    void writeCreatesNewFileWithoutBackup() throws IOException {
        Path file = dir.resolve("sub/new.nines");
        AtomicFiles.write(file, true, out -> out.write('x'));
        assertEquals("x", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("sub/new.nines.bak")));
    }

    @Test
    void replacedFileKeepsItsPermissionsAndNewFilesAreWorldReadable() throws IOException {
        Path existing = dir.resolve("shared.nines");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(existing, false, out -> out.write('n'));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
        Path fresh = dir.resolve("fresh.xlsx");
        AtomicFiles.write(fresh, false, out -> out.write('n'));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }
}
