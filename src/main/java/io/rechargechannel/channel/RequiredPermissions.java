package io.rechargechannel.channel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a channel's token must be allowed to do: Read and write on Orders and Products (as Helm's
 * ReCharge guide asks), expressed as ReCharge scopes and in the words of ReCharge's token screen.
 */
enum RequiredPermissions {
    ORDERS("Orders", "read_orders", "write_orders"),
    PRODUCTS("Products", "read_products", "write_products");

    static final String WHERE = "In ReCharge, open Tools & apps → API tokens (older accounts: Integrations → API tokens)";

    private final String resource;
    private final List<String> scopes;

    RequiredPermissions(String resource, String... scopes) {
        this.resource = resource;
        this.scopes = List.of(scopes);
    }

    /** Every required scope the token lacks, each with the permission to grant and where. */
    static List<MissingPermission> missingFrom(Collection<String> granted, String tokenName) {
        return Stream.of(values())
                .flatMap(permission -> permission.scopes.stream()
                        .filter(scope -> !granted.contains(scope))
                        .map(scope -> permission.missing(scope, tokenName)))
                .toList();
    }

    /** The permission behind a scope ReCharge refused (a 403 during a sync), known to us or not. */
    static MissingPermission forScope(String scope) {
        return Stream.of(values()).filter(permission -> permission.scopes.contains(scope)).findFirst()
                .map(permission -> permission.missing(scope, null))
                .orElseGet(() -> new MissingPermission(scope, readable(scope),
                        WHERE + ", edit the token and grant " + readable(scope)));
    }

    private MissingPermission missing(String scope, String tokenName) {
        String token = tokenName == null || tokenName.isBlank() ? "the token" : "the token “" + tokenName + "”";
        return new MissingPermission(scope, resource + ": Read and write",
                WHERE + ", edit " + token + " and set " + resource + " to Read and write");
    }

    private static String readable(String scope) {
        String words = scope == null ? "the missing permission" : scope.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
