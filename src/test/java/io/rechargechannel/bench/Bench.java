package io.rechargechannel.bench;

import java.util.ArrayList;
import java.util.List;

/** What every scenario works with: the settings, the sandbox process, the in-process worker and the results. */
record Bench(BenchSettings settings, Sandbox sandbox, Worker worker, List<Figure> figures, List<String> notes) {

    Bench(BenchSettings settings, Sandbox sandbox, Worker worker) {
        this(settings, sandbox, worker, new ArrayList<>(), new ArrayList<>());
    }

    /** This JVM: the in-process worker. */
    long workerPid() {
        return ProcessHandle.current().pid();
    }

    /** The port of this worker's PostgreSQL, from its JDBC URL. */
    static int postgresPort() {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class);
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(url);
        return port.find() ? Integer.parseInt(port.group(1)) : -1;
    }

    CpuMeter.Reading cpu() {
        return CpuMeter.Reading.now(workerPid(), postgresPort(), sandbox.process().pid());
    }

    void add(Figure figure) {
        figures.add(figure);
    }

    void note(String scenario, String text) {
        notes.add(scenario + ": " + text);
    }

    /** Where a scenario's CPU went, per 1,000 orders. */
    void noteCpu(String scenario, CpuMeter.Split split, long orders) {
        double per = orders / 1000.0;
        note(scenario, String.format(java.util.Locale.ROOT,
                "CPU per 1,000 orders: worker JVM %.2f s, its PostgreSQL %.2f s, sandbox JVM %.2f s, rest of "
                        + "machine (other load) %.2f s; total %.2f s", split.worker() / per, split.postgres() / per,
                split.sandbox() / per, split.rest() / per, split.machine() / per));
    }
}
