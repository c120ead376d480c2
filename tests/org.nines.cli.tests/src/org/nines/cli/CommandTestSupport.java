package org.nines.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What command tests share: captured standard output and error, and the path of an example model. */
abstract class CommandTestSupport {
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @return a stream writing into {@link #out} */
    protected PrintStream o() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** @return a stream writing into {@link #err} */
    protected PrintStream e() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    protected String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    protected String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return the path of {@code examples/NAME} (system property nines.examples, else ../../examples) */
    protected static String example(String name) {
        return Path.of(System.getProperty("nines.examples", "../../examples")).resolve(name).toString();
    }
}
