package io.rechargechannel.channel;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a channel's token must be allowed to do: Read and write on Orders and Products (as Helm's
 * ReCharge guide asks), expressed as ReCharge scopes and as the wording of ReCharge's token screen.
 */
enum RequiredPermissions {
    ORDERS("Orders", "read_orders", "write_orders"),
    PRODUCTS("Products", "read_products", "write_products");

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

    private MissingPermission missing(String scope, String tokenName) {
        String token = tokenName == null || tokenName.isBlank() ? "your token" : tokenName;
        return new MissingPermission(scope, resource + ": Read and write",
                "In ReCharge, open Tools & apps → API tokens → " + token + " and set " + resource
                        + " to Read and write");
    }
}
