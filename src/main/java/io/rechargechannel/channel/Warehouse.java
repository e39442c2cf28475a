package io.rechargechannel.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A place stock is held and orders are despatched from. Its code never changes: stock and channels name it. */
@Entity
@Table(name = "warehouse")
public class Warehouse extends PanacheEntityBase {

    /** The warehouse every installation starts with (V1 migration); new channels use it by default. */
    public static final String DEFAULT_CODE = "MAIN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String address;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Warehouse() {
        // for JPA
    }

    /** Adds a warehouse; its code must be new. Call inside a transaction. */
    public static Warehouse open(String code, String name, String address, String countryCode, Clock clock) {
        String normalisedCode = code.strip().toUpperCase(Locale.ROOT);
        if (findByCode(normalisedCode).isPresent()) {
            throw ChannelProblem.conflict("code", "A warehouse with code " + normalisedCode + " already exists");
        }
        Warehouse warehouse = new Warehouse();
        warehouse.code = normalisedCode;
        warehouse.createdAt = clock.instant();
        warehouse.describe(name, address, countryCode);
        warehouse.updatedAt = clock.instant();
        warehouse.persist();
        return warehouse;
    }

    /** Applies what the edit names (null leaves a field as it is); true when something changed. */
    public boolean edit(String newName, String newAddress, String newCountryCode, Clock clock) {
        Map<String, String> before = snapshot();
        describe(newName == null ? name : newName, newAddress == null ? address : newAddress,
                newCountryCode == null ? countryCode : newCountryCode);
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = clock.instant();
        }
        return changed;
    }

    private void describe(String newName, String newAddress, String newCountryCode) {
        if (newName == null || newName.isBlank()) {
            throw ChannelProblem.onField("name", ChannelProblem.Kind.UNACCEPTABLE, "Enter the warehouse's name", List.of());
        }
        name = newName.strip();
        address = Texts.clean(newAddress);
        countryCode = newCountryCode.strip().toUpperCase(Locale.ROOT);
    }

    /** The warehouse's settings as people read them, for the audit log. */
    public Map<String, String> snapshot() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("code", code);
        settings.put("name", name);
        settings.put("address", address);
        settings.put("countryCode", countryCode);
        return settings;
    }

    public static Optional<Warehouse> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Warehouse> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<Warehouse> allByCode() {
        return list("order by code");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public String countryCode() {
        return countryCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
