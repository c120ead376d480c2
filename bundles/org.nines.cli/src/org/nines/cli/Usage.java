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
                  analyze FILE...      exact availability analysis of a model (.nines), or of a fault tree in one or
                                       more Open-PSA MEF files (top event probability, cut sets, importance)
                      --json               one JSON object instead of the report
                      --mission-time H     mission time in hours (default: the model's)
                      --cut-sets N         report the N most probable minimal cut sets (default 20)
                      --no-cut-sets        skip minimal cut sets
                  convert IN OUT       MODEL.nines OUT.xml: the model as an Open-PSA MEF fault tree (for SCRAM, XFTA);
                                       IN.xml... OUT.nines: a fault tree as a model with block diagrams
                  --version            print the Nines version
                  --help               print this help

                Exit codes: 0 success, 2 usage or input error (e.g. an invalid model), 1 any other failure.
                """;
    }
}
