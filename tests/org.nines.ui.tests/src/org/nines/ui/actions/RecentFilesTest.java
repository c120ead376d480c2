package org.nines.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The recent-files list: newest first, no duplicates, at most eight, missing files dropped, stored text round trip. */
class RecentFilesTest {
    private static Path p(String name) {
        return Path.of("/models", name).toAbsolutePath();
    }

    @Test
    void anOpenedFileGoesToTheTopWithoutDuplicates() {
        List<Path> list = RecentFiles.push(List.of(p("a.nines"), p("b.nines"), p("c.nines")), p("b.nines"));
        assertEquals(List.of(p("b.nines"), p("a.nines"), p("c.nines")), list);
    }

    @Test
    void relativeAndUnnormalizedPathsAreStoredAbsolute() {
        List<Path> list = RecentFiles.push(List.of(), Path.of("x/../model.nines"));
        assertEquals(List.of(Path.of("model.nines").toAbsolutePath()), list);
    }

    @Test
    void theListKeepsTheEightNewest() {
        List<Path> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            list = RecentFiles.push(list, p(i + ".nines"));
        }
        assertEquals(RecentFiles.MAX, list.size());
        assertEquals(IntStream.rangeClosed(3, 10).map(i -> 13 - i).mapToObj(i -> p(i + ".nines")).toList(), list);
    }

    @Test
    void missingFilesAreDroppedInOrder() {
        List<Path> list = List.of(p("a.nines"), p("gone.nines"), p("c.nines"));
        assertEquals(List.of(p("a.nines"), p("c.nines")), RecentFiles.existing(list, f -> !f.toString().contains("gone")));
    }

    @Test
    void storedTextRoundTripsAndSkipsBlankEntries() {
        List<Path> list = List.of(p("a b.nines"), p("c.nines"));
        assertEquals(list, RecentFiles.parse(RecentFiles.format(list)));
        assertEquals(List.of(p("c.nines")), RecentFiles.parse(File.pathSeparator + p("c.nines") + File.pathSeparator + "  "));
        assertEquals(List.of(), RecentFiles.parse(""));
    }

    @Test
    void theMenuLabelShowsNameThenFolder() {
        assertEquals("a.nines  (" + p("a.nines").getParent() + ")", RecentFiles.label(p("a.nines")));
    }
}
