package io.rechargechannel.web.pages;

import io.quarkus.security.identity.SecurityIdentity;
import io.rechargechannel.auth.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at the page, for the page chrome: {@code {inject:me.username}}, {@code {#if inject:me.admin}}. */
@Named("me")
@RequestScoped
public class SignedIn {

    private final SecurityIdentity identity;

    SignedIn(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean admin() {
        return identity.hasRole(Role.Names.ADMIN);
    }

    /** Orders, despatch and stock: the warehouse's pages (admins may do everything). */
    public boolean warehouse() {
        return admin() || identity.hasRole(Role.Names.WAREHOUSE);
    }

    /** The status page: ops (admins too). */
    public boolean ops() {
        return admin() || identity.hasRole(Role.Names.OPS);
    }

    /** Where "/" takes this person: the board for the warehouse, Sales Channels for admins, status for ops. */
    public String home() {
        if (admin()) {
            return "/settings/sales-channels";
        }
        if (identity.hasRole(Role.Names.WAREHOUSE)) {
            return "/orders";
        }
        return identity.hasRole(Role.Names.OPS) ? "/status" : "/login";
    }

    public String roles() {
        return String.join(", ", identity.getRoles().stream().sorted().toList());
    }
}
