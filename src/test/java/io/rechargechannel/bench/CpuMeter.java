package io.rechargechannel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc, to tell where a scenario's CPU went: the worker JVM, the sandbox JVM, or the rest of
 * the machine (PostgreSQL, and anything else running).
 */
final class CpuMeter {

    /** Linux reports /proc times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuMeter() {
    }

    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3); utime and stime are fields 14 and 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
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
    record Split(double worker, double sandbox, double machine) {

        double rest() {
            return machine - worker - sandbox;
        }
    }

    /** A reading of the worker (this JVM or another), the sandbox and the machine. */
    record Reading(long workerPid, long sandboxPid, double worker, double sandbox, double machine) {

        static Reading now(long workerPid, long sandboxPid) {
            return new Reading(workerPid, sandboxPid, processSeconds(workerPid), processSeconds(sandboxPid),
                    machineSeconds());
        }

        Split since(Reading start) {
            return new Split(worker - start.worker, sandbox - start.sandbox, machine - start.machine);
        }

        Split untilNow() {
            return now(workerPid, sandboxPid).since(this);
        }
    }
}
