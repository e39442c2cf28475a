package io.rechargechannel.bench;

import java.time.Instant;
import java.util.Locale;

/** The printed result: a Markdown table, then the notes (CPU split, repetitions) and the machine. */
final class ResultTable {

    private ResultTable() {
    }

    static String render(Bench bench, Instant started, String loadBefore, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n| Scenario | Figure | Value | Unit | Goal | Result |\n");
        out.append("|---|---|---:|---|---|---|\n");
        String previous = null;
        for (Figure f : bench.figures()) {
            String scenario = f.scenario().equals(previous) ? "" : f.scenario();
            previous = f.scenario();
            out.append("| ").append(scenario).append(" | ").append(f.name()).append(" | ").append(f.formattedValue())
                    .append(" | ").append(f.unit()).append(" | ").append(f.goal()).append(" | ").append(f.result())
                    .append(" |\n");
        }
        out.append('\n');
        bench.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        Runtime runtime = Runtime.getRuntime();
        out.append(String.format(Locale.ROOT, "- Machine: %d cores, Java %s, started %s, load average before: %s, "
                        + "after: %s; benchmark took %.0f s%n", runtime.availableProcessors(),
                System.getProperty("java.version"), started, loadBefore, CpuMeter.loadAverage(), seconds));
        return out.toString();
    }
}
