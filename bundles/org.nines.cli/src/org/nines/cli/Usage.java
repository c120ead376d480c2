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
                  validate FILE...     check models; problems go to stderr as file:line: severity: element: problem
                  info FILE            counts of components, blocks, risks and scenarios of a model
                  --version            print the Nines version
                  --help               print this help

                Exit codes: 0 success, 2 usage or input error (e.g. an invalid model), 1 any other failure.
                """;
    }
}
