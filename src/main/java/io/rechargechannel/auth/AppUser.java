package io.rechargechannel.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person who signs in. Quarkus Security JPA reads the username, the bcrypt hash (Modular Crypt Format) and the
 * roles; {@link DisabledUsersRefused} turns away a disabled user. Changed only through {@link UserAccounts}.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Username
    public String username;
    @Password
    @Column(name = "password_hash")
    public String passwordHash;
    /** Comma-separated role names, e.g. {@code admin,warehouse}. */
    @Roles
    public String roles;
    public boolean enabled;
    /** Where the user's own emails go (a test email, say); optional. */
    public String email;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<AppUser> allByUsername() {
        return list("order by username");
    }

    public List<Role> roleList() {
        return Role.fromColumn(roles);
    }

    public boolean has(Role role) {
        return roleList().contains(role);
    }
}
