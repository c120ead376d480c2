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
                      --probability-only   fault trees: top event probability only (no importance, no cut sets)
                      --approximate K      for trees too large for an exact BDD: the minimal cut sets of order K or
                                           less, computed without a BDD, the rare-event and min-cut upper bound
                                           approximations over them and each event's Fussell-Vesely share (not
                                           exact: higher orders are left out)
                  convert IN OUT       MODEL.nines OUT.xml: the model as an Open-PSA MEF fault tree (for SCRAM, XFTA);
                                       IN.xml... OUT.nines: a fault tree as a model with block diagrams
                  simulate FILE        Monte Carlo simulation of a model: availability with confidence interval, downtime per
                                       year (mean, P50, P90, P99, max), outages, contributions; repair crews, spares,
                                       standby, non-exponential laws and risk-register threats included
                      --json               one JSON object instead of the report
                      --histories N        at most N histories (default 10,000)
                      --years Y            length of one history in analysis periods (default 1)
                      --seed S             master seed (default 1): same seed, same figures on any thread count
                      --threads T          worker threads (default: all processors)
                      --target-rel-ci X    stop once the 95 % CI half-width is X times the unavailability (e.g. 0.05)
                      --threats MODE       inherent, residual or off (default inherent)
                      --method M           plain (default) or failure-biasing: steady state of a Markovian model
                                           (exponential laws, no fixed times, --threats off) by regenerative cycles with
                                           failure biasing, for highly available systems; --histories counts cycles;
                                           no percentiles of yearly downtime
                      Ctrl+C prints the histories finished so far, marked "partial: interrupted", and exits with 130
                  risks FILE           risk register: service impact of each risk computed from the model, ranked by
                                       expected loss per year, with reasons, derived risks and the 5x5 matrices
                      --json               one JSON object instead of the report
                      --no-derived         leave out risks proposed from single points of failure and cut sets
                  compare FILE         base design and every what-if scenario side by side: availability, downtime,
                                       outages, CAPEX, OPEX, cost of ownership, downtime cost, payback, Pareto efficiency
                      --json               one JSON object instead of the table
                      --simulate           also simulate every alternative with common random numbers: simulated
                                           availability (95 % CI) and the difference to the base from paired histories;
                                           takes --histories, --years, --seed, --threads, --threats (default off)
                  optimize FILE        redundancy optimisation of the model's optimisation subsystems, with the Pareto front
                      --target-availability A   cheapest design reaching A (0.9999 or 99.99%)
                      --budget B                most available design costing at most B
                      --cost capex|annual       cost basis: units' CAPEX (default) or CAPEX/service life + OPEX per year
                      --json                    one JSON object instead of the report
                  continuity FILE      recovery time and data loss of every risk and minimal cut set against the RTO/RPO
                                       targets, the breaches, and per scenario the worst and expected RTO/RPO
                      --json               one JSON object instead of the report
                      --no-cut-sets        risks only
                      --all                every incident, not only those that interrupt the service or lose data
                      --simulate           also simulate the model: share of outages longer than the RTO (simulation
                                           options as for simulate)
                  test-plan FILE       failover test plan: one test per redundant component and site with the predicted
                                       outcome (up / degraded / down); tests that take the service down are flagged
                                       "do not run in production"
                      --json               one JSON object instead of the plan
                      --xlsx OUT.xlsx      the plan as a workbook a site team can fill in
                  export FILE          risk-register workbook (.xlsx) for risk workshops: summary, risk register with
                                       drop-downs and live scores, 5x5 matrices, components with importance, cut sets
                      --xlsx OUT.xlsx      where to write it (required)
                      --scenarios          add the what-if comparison with a chart of cost against availability
                      --test-plan          add the failover test plan sheet
                      --simulate           add a Monte Carlo sheet; simulation options as for simulate (with
                                           --method failure-biasing: the steady-state estimates of failure biasing)
                  import-risks FILE    take a workshop's edits of the Risk Register sheet back into the model: prints
                                       every change as sheet!cell: risk field old -> new; nothing is written on any error
                      --xlsx IN.xlsx       the edited workbook (required)
                      -o OUT.nines         write the result there (default: FILE itself, previous version kept as .bak)
                      --dry-run            report the changes without writing
                  bench [--no-scram]   time the exact engine on the Aralia fault trees, beside SCRAM when installed
                                       (handled by the ./nines script)
                  bench --simulate [SECONDS]
                                       time the simulation on 10-, 100- and 1,000-component models: events per CPU
                                       second, two-thread speed-up and peak heap (takes about 20 x SECONDS; default 3)
                  bench --rare [THREADS]
                                       failure biasing against plain sampling on a five-, seven- and nine-nines
                                       network: cycles and seconds to +-5 %, and plain sampling in the same time
                  --version            print the Nines version
                  --help               print this help

                Exit codes: 0 success, 2 usage or input error (e.g. an invalid model), 1 any other failure.
                """;
    }
}
