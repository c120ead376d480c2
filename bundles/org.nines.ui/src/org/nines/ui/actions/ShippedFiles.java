package org.nines.ui.actions;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Directories shipped inside the org.nines.ui bundle ({@code examples/}, {@code docs/}) as files on disk. A system
 * property naming a directory replaces the bundled one (tests, development).
 */
public final class ShippedFiles {
    private ShippedFiles() {
    }

    /**
     * @param entry    the bundle directory ("docs")
     * @param property system property that may name a replacement directory ("nines.docs")
     * @return the directory, or null when neither the property nor the bundle provides it
     */
    public static Path directory(String entry, String property) {
        String override = System.getProperty(property);
        if (override != null) {
            Path dir = Path.of(override);
            return Files.isDirectory(dir) ? dir : null;
        }
        Bundle bundle = FrameworkUtil.getBundle(ShippedFiles.class);
        URL url = bundle == null ? null : bundle.getEntry(entry + "/");
        if (url == null) {
            return null;
        }
        try {
            // a jarred bundle extracts single entries only: extract every file so the directory is complete
            Enumeration<URL> files = bundle.findEntries(entry, "*", true);
            while (files != null && files.hasMoreElements()) {
                FileLocator.toFileURL(files.nextElement());
            }
            Path dir = Path.of(FileLocator.toFileURL(url).getPath());
            return Files.isDirectory(dir) ? dir : null;
        } catch (IOException | RuntimeException e) {
            return null; // reported by the caller as "not installed"
        }
    }
}
