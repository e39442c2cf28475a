package io.rechargechannel.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One setting that changed: its value before and after, or, for a secret, a note that says what happened to it
 * without showing it. Settings are named as in the JSON API ({@code brand.logoUrl}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String setting, String from, String to, String note) {

    public static Change note(String setting, String note) {
        return new Change(setting, null, null, note);
    }

    /**
     * Every setting whose value differs between two snapshots, in the order of {@code after}. A snapshot maps a
     * setting to its value as people read it; null is "not set".
     */
    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((setting, value) -> {
            String old = before.get(setting);
            if (!Objects.equals(old, value)) {
                changes.add(new Change(setting, old, value, null));
            }
        });
        return changes;
    }

    /** The settings of a new subject that hold a value. */
    public static List<Change> initial(Map<String, String> snapshot) {
        return between(Map.of(), snapshot);
    }

    /** "name: ReCharge UK → ReCharge GB", "brand.logoUrl: (none) → https://…", or "accessToken: token replaced…". */
    public String describe() {
        if (note != null) {
            return setting + ": " + note;
        }
        return setting + ": " + (from == null ? "(none)" : from) + " → " + (to == null ? "(none)" : to);
    }
}
