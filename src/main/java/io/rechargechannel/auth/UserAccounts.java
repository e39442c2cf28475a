package io.rechargechannel.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.audit.AuditAction;
import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Adding and changing users. Every change is checked (username, password rules, roles), written with its audit
 * entry in one transaction, and never leaves the installation without an admin who can sign in.
 */
@ApplicationScoped
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Serialises changes that could remove the last admin (two admins demoting each other at once). */
    private static final String LOCK_USERS = "SELECT pg_advisory_xact_lock(hashtext('app_user'))";

    private final EntityManager em;
    private final AuditLog audit;
    private final AuthConfig config;
    private final Clock clock;

    UserAccounts(EntityManager em, AuditLog audit, AuthConfig config, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    public List<AppUser> list() {
        return QuarkusTransaction.joiningExisting().call(AppUser::allByUsername);
    }

    public AppUser get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> AppUser.<AppUser>findByIdOptional(id)
                .orElseThrow(() -> new AccountProblem(AccountProblem.Kind.NOT_FOUND, null, "There is no user " + id)));
    }

    public long count() {
        return QuarkusTransaction.joiningExisting().call(() -> AppUser.count());
    }

    public AppUser create(String username, String password, Collection<Role> roles) {
        return create(username, password, roles, null);
    }

    public AppUser create(String username, String password, Collection<Role> roles, String email) {
        String name = checkedUsername(username);
        String address = checkedEmail(email);
        PasswordRules.check(name, password);
        EnumSet<Role> granted = checkedRoles(roles);
        String hash = hash(password);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(LOCK_USERS).getSingleResult();
            if (AppUser.byUsername(name).isPresent()) {
                throw new AccountProblem(AccountProblem.Kind.CONFLICT, "username", "A user named '" + name + "' already exists");
            }
            AppUser user = new AppUser();
            user.username = name;
            user.passwordHash = hash;
            user.roles = Role.column(granted);
            user.enabled = true;
            user.email = address;
            user.createdAt = clock.instant();
            user.updatedAt = user.createdAt;
            user.persistAndFlush();
            List<Change> changes = new ArrayList<>(Change.initial(snapshot(user)));
            changes.add(Change.note("password", "password set"));
            audit.record(AuditSubject.USER, user.id, user.username, AuditAction.CREATED, changes);
            Log.infof("User '%s' added with roles %s", user.username, user.roles);
            return user;
        });
    }

    /** Null leaves a field as it is. A change that would leave no enabled admin is refused. */
    public AppUser edit(long id, String newPassword, Collection<Role> newRoles, Boolean enabled) {
        return edit(id, newPassword, newRoles, enabled, null);
    }

    /** As {@link #edit(long, String, Collection, Boolean)}; an email of "" clears it. */
    public AppUser edit(long id, String newPassword, Collection<Role> newRoles, Boolean enabled, String newEmail) {
        String address = newEmail == null ? null : checkedEmail(newEmail);
        String hash = null;
        if (newPassword != null) {
            PasswordRules.check(get(id).username, newPassword);
            hash = hash(newPassword);
        }
        EnumSet<Role> roles = newRoles == null ? null : checkedRoles(newRoles);
        String newHash = hash;
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(LOCK_USERS).getSingleResult();
            AppUser user = get(id);
            Map<String, String> before = snapshot(user);
            if (roles != null) {
                user.roles = Role.column(roles);
            }
            if (enabled != null) {
                user.enabled = enabled;
            }
            if (newEmail != null) {
                user.email = address;
            }
            List<Change> changes = new ArrayList<>(Change.between(before, snapshot(user)));
            if (newHash != null) {
                user.passwordHash = newHash;
                changes.add(Change.note("password", "password changed"));
            }
            if (!changes.isEmpty()) {
                user.updatedAt = clock.instant();
                em.flush();
                requireAnAdmin();
                audit.record(AuditSubject.USER, user.id, user.username, AuditAction.CHANGED, changes);
            }
            return user;
        });
    }

    private void requireAnAdmin() {
        long admins = AppUser.count("enabled = true and (roles = 'admin' or roles like 'admin,%')");
        if (admins == 0) {
            throw new AccountProblem(AccountProblem.Kind.CONFLICT, "roles",
                    "This would leave no admin who can sign in: give another user the admin role first");
        }
    }

    private String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.passwordHashCost());
    }

    private static String checkedUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw AccountProblem.unacceptable("username", "The username must be 3 to 64 lower-case letters, digits "
                    + "or . _ @ -, starting with a letter or digit");
        }
        return name;
    }

    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw AccountProblem.unacceptable("email", "The email address must look like name@example.com");
        }
        return address;
    }

    private static EnumSet<Role> checkedRoles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw AccountProblem.unacceptable("roles", "Choose at least one role: admin, warehouse or ops");
        }
        return EnumSet.copyOf(roles);
    }

    private static Map<String, String> snapshot(AppUser user) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("username", user.username);
        settings.put("roles", user.roles);
        settings.put("enabled", user.enabled ? "yes" : "no");
        settings.put("email", user.email);
        return settings;
    }
}
