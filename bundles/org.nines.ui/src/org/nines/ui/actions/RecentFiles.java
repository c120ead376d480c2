package org.nines.ui.actions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.nines.ui.NinesPreferences;

/**
 * The recently opened model files (File &gt; Open Recent), newest first, at most {@link #MAX}, kept in
 * {@link NinesPreferences#RECENT_FILES} as absolute paths separated by the platform's path separator.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int MAX = 8;

    private RecentFiles() {
    }

    /** Records that {@code file} was opened: it moves to the top of the list (call when an editor opens a file). */
    public static void add(Path file) {
        IPreferenceStore store = NinesPreferences.store();
        store.setValue(NinesPreferences.RECENT_FILES, format(push(parse(store.getString(NinesPreferences.RECENT_FILES)), file)));
        save(store);
    }

    /** The recent files that still exist, newest first; missing ones are dropped from the stored list too. */
    public static List<Path> list() {
        IPreferenceStore store = NinesPreferences.store();
        List<Path> stored = parse(store.getString(NinesPreferences.RECENT_FILES));
        List<Path> existing = existing(stored, Files::isRegularFile);
        if (existing.size() != stored.size()) {
            store.setValue(NinesPreferences.RECENT_FILES, format(existing));
            save(store);
        }
        return existing;
    }

    /** The list with {@code file} (made absolute and normalized) first, without duplicates, cut to {@link #MAX}. */
    static List<Path> push(List<Path> list, Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> result = new ArrayList<>(MAX);
        result.add(normal);
        list.stream().filter(p -> !p.equals(normal)).limit(MAX - 1).forEach(result::add);
        return List.copyOf(result);
    }

    /** The entries for which {@code exists} holds, in order. */
    static List<Path> existing(List<Path> list, Predicate<Path> exists) {
        return list.stream().filter(exists).toList();
    }

    /** The stored text as paths; blank entries and invalid paths are skipped. */
    static List<Path> parse(String stored) {
        List<Path> paths = new ArrayList<>();
        for (String entry : stored == null ? new String[0] : stored.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    paths.add(Path.of(entry.strip()));
                } catch (InvalidPathException e) {
                    // a path from another platform's preferences: drop it
                }
            }
        }
        return paths.stream().distinct().limit(MAX).toList();
    }

    static String format(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static void save(IPreferenceStore store) {
        if (store instanceof IPersistentPreferenceStore persistent && persistent.needsSaving()) {
            try {
                persistent.save();
            } catch (IOException e) {
                // the list stays in memory for this session; losing it on exit is harmless
            }
        }
    }

    /** Menu label of a file: "name  (folder)". */
    static String label(Path file) {
        Path parent = file.getParent();
        return file.getFileName() + (parent == null ? "" : "  (" + parent + ")");
    }
}
