package org.nines.cli;

/** The help text of the command line; one place so --help and the docs stay in step. */
final class Usage {
    private Usage() {
    }

    static String text() {
        return """
                Usage: nines [COMMAND] [OPTIONS]

                Without a command, opens the Nines workbench (needs a display).

                Commands:
                  --version            print the Nines version
                  --help               print this help

                Exit codes: 0 success, 2 usage or input error, 1 any other failure.
                """;
    }
}
