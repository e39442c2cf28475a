package io.rechargechannel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time from /proc, to tell where a scenario's CPU went: the worker JVM, its PostgreSQL, the sandbox JVM,
 * or the rest of the machine (anything else running on it).
 */
final class CpuMeter {

    /** Linux reports /proc times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuMeter() {
    }

    static double processSeconds(long pid) {
        String[] fields = statFields(pid);
        // utime and stime are fields 14 and 15 of the whole line
        return fields == null ? Double.NaN : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds of the PostgreSQL server listening on {@code port}: the postmaster, its live children (the
     * connections, which a pool keeps open) and the children it has reaped.
     */
    static double postgresSeconds(int port) {
        try (var procs = Files.list(Path.of("/proc"))) {
            List<Long> pids = procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Long::valueOf).toList();
            Long postmaster = pids.stream().filter(pid -> isPostmaster(pid, port)).findFirst().orElse(null);
            if (postmaster == null) {
                return Double.NaN;
            }
            double seconds = 0;
            for (long pid : pids) {
                String[] fields = statFields(pid);
                if (fields == null) {
                    continue;
                }
                if (pid == postmaster) {
                    // cutime and cstime: children that have exited and been waited for
                    seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
                } else if (Long.parseLong(fields[1]) == postmaster) {
                    seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                }
            }
            return seconds;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static boolean isPostmaster(long pid, int port) {
        try {
            String[] args = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).split("\0");
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("-p") && args[i + 1].equals(String.valueOf(port)) && args[0].endsWith("postgres")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The fields of /proc/pid/stat after the command name: [0] is the state, [1] the parent pid. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Busy CPU seconds of the whole machine, all cores together. */
    static double machineSeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** CPU used between two readings, split by where it went. */
    record Split(double worker, double postgres, double sandbox, double machine) {

        double rest() {
            return machine - worker - postgres - sandbox;
        }
    }

    /** A reading of the worker (this JVM or another), the sandbox and the machine. */
    record Reading(long workerPid, int postgresPort, long sandboxPid, double worker, double postgres,
                   double sandbox, double machine) {

        static Reading now(long workerPid, int postgresPort, long sandboxPid) {
            return new Reading(workerPid, postgresPort, sandboxPid, processSeconds(workerPid),
                    postgresSeconds(postgresPort), processSeconds(sandboxPid), machineSeconds());
        }

        Split since(Reading start) {
            return new Split(worker - start.worker, postgres - start.postgres, sandbox - start.sandbox,
                    machine - start.machine);
        }

        Split untilNow() {
            return now(workerPid, postgresPort, sandboxPid).since(this);
        }
    }
}
