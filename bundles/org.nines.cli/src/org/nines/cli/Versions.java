package org.nines.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** Reads the Nines version from this bundle's manifest (Bundle-Version), inside OSGi or on a flat class path. */
final class Versions {
    private static final String UNKNOWN = "(unknown version)";
    private static final String BUNDLE = "org.nines.cli";

    private Versions() {
    }

    static String ninesVersion() {
        try {
            Enumeration<URL> manifests = Versions.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                Attributes main = read(manifests.nextElement());
                String name = main.getValue("Bundle-SymbolicName");
                if (name != null && name.split(";")[0].trim().equals(BUNDLE)) {
                    String version = main.getValue("Bundle-Version");
                    return version == null ? UNKNOWN : version;
                }
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }

    private static Attributes read(URL manifest) throws IOException {
        try (InputStream in = manifest.openStream()) {
            return new Manifest(in).getMainAttributes();
        }
    }
}
