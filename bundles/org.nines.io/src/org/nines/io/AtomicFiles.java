package org.nines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe file replacement: the content is written to a temporary file in the target's folder, forced to disk,
 * then renamed over the target in one atomic step. At every instant the target is either the complete old file or
 * the complete new one. The previous version is kept as {@code name.bak}.
 */
public final class AtomicFiles {
    /** Writes the whole content to the given stream; must not close it. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with what {@code writer} produces. On any failure the target is left untouched and the
     * temporary file is removed.
     *
     * @param keepBackup whether to keep the previous version as {@code target.bak}
     */
    public static void write(Path target, boolean keepBackup, ContentWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            if (keepBackup && Files.exists(absolute)) {
                backup(absolute, folder);
            }
            move(temp, absolute);
            forceFolder(folder);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Replaces {@code target.bak} atomically with the current target: a hard link (instant, no copy) where the file
     * system allows it, else a copy, in both cases renamed into place so the backup is never partial either.
     */
    private static void backup(Path target, Path folder) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path temp = folder.resolve("." + target.getFileName() + ".bak." + ProcessHandle.current().pid() + "." + System.nanoTime());
        try {
            try {
                Files.createLink(temp, target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are created readable by the owner only; the result should look like any file the user writes:
     * the permissions of the file it replaces, or rw-r--r-- for a new one (where the file system has POSIX permissions).
     */
    private static void keepPermissions(Path target, Path temp) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + to + " atomically (file system does not support atomic rename)", e);
        }
    }

    /** Makes the rename durable: fsync the directory entry where the platform allows it. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open directories; the rename itself is still atomic.
        }
    }
}
