package org.nines.io.mef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads test models from the class path (the tests' resources folder is a class-path root). */
final class Resources {

    private Resources() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MefModel read(MefReader.Settings settings, String... paths) throws IOException {
        List<MefReader.Source> sources = new ArrayList<>();
        for (String p : paths) {
            sources.add(new MefReader.Source(p, new java.io.ByteArrayInputStream(bytes(p))));
        }
        return MefReader.read(settings, sources);
    }

    static MefModel read(String... paths) throws IOException {
        return read(MefReader.Settings.defaults(), paths);
    }
}
