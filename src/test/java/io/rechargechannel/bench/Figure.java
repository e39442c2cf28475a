package io.rechargechannel.bench;

import java.util.Locale;

/**
 * One line of the result table. {@code pass} is null for figures that inform without a goal.
 */
record Figure(String scenario, String name, double value, String unit, String goal, Boolean pass) {

    static Figure info(String scenario, String name, double value, String unit) {
        return new Figure(scenario, name, value, unit, "", null);
    }

    static Figure atLeast(String scenario, String name, double value, String unit, double goal) {
        return new Figure(scenario, name, value, unit, "≥ " + format(goal), value >= goal);
    }

    static Figure atMost(String scenario, String name, double value, String unit, double goal) {
        return new Figure(scenario, name, value, unit, "≤ " + format(goal), value <= goal);
    }

    String result() {
        return pass == null ? "" : pass ? "pass" : "FAIL";
    }

    String formattedValue() {
        return format(value);
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
