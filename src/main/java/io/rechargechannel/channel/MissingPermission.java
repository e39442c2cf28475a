package io.rechargechannel.channel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scope a token lacks, in ReCharge's words, and how an admin grants it. */
public record MissingPermission(String scope, String permission, String fix) {

    /**
     * Each permission once: ReCharge's "Products: Read and write" stands for two scopes, which an admin grants
     * with one setting, so a token lacking both reads as one line naming both scopes.
     */
    public static List<MissingPermission> onePerPermission(List<MissingPermission> missing) {
        Map<String, MissingPermission> distinct = new LinkedHashMap<>();
        missing.forEach(each -> distinct.merge(each.permission(), each, (first, next) ->
                new MissingPermission(first.scope() + ", " + next.scope(), first.permission(), first.fix())));
        return List.copyOf(distinct.values());
    }
}
