package io.rechargechannel.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three roles. Their names are what {@code @RolesAllowed} and the {@code app_user.roles} column hold. */
public enum Role {
    ADMIN(Role.Names.ADMIN, "Admin", "everything, including settings and users"),
    WAREHOUSE(Role.Names.WAREHOUSE, "Warehouse", "orders, despatch and stock"),
    OPS(Role.Names.OPS, "Ops", "read-only status: channels, sync runs, health");

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String WAREHOUSE = "warehouse";
        public static final String OPS = "ops";

        private Names() {
        }
    }

    private final String id;
    private final String label;
    private final String description;

    Role(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id == null ? null : id.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Role names as a request sends them ("admin", "warehouse", "ops"), read strictly: an unknown one is refused. */
    public static List<Role> parseAll(Collection<String> names) {
        return names.stream().map(name -> byId(name).orElseThrow(() -> AccountProblem.unacceptable("roles",
                "Each role must be admin, warehouse or ops"))).distinct().toList();
    }

    /** The roles in a fixed order, as the {@code app_user.roles} column holds them: "admin,warehouse". */
    static String column(Collection<Role> roles) {
        return String.join(",", Arrays.stream(values()).filter(roles::contains).map(Role::id).toList());
    }

    static List<Role> fromColumn(String column) {
        return Arrays.stream(column.split(",")).map(Role::byId).flatMap(Optional::stream).toList();
    }
}
