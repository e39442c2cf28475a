package io.rechargechannel.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Company details and the default brand: one row, made by the V11 migration. A channel's Brand tab falls back
 * to this brand field by field ({@link SalesChannel#effectiveBrand(GeneralSettings)}).
 */
@Entity
@Table(name = "general_settings")
public class GeneralSettings extends PanacheEntityBase {

    private static final short THE_ROW = 1;

    @Id
    private Short id;
    @Embedded
    private Company company;
    @Embedded
    private Brand brand;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected GeneralSettings() {
        // for JPA
    }

    /** The settings; call inside a transaction. */
    public static GeneralSettings current() {
        return GeneralSettings.<GeneralSettings>findByIdOptional(THE_ROW)
                .orElseThrow(() -> new IllegalStateException("general_settings has no row: the V11 migration makes it"));
    }

    /** Applies what the edit names; the company name, brand name and accent colour cannot be cleared. */
    public boolean update(Company companyPatch, Brand brandPatch, Clock clock) {
        Map<String, String> before = snapshot();
        Company newCompany = company().patchedWith(companyPatch);
        Brand newBrand = brand().patchedWith(brandPatch);
        if (newCompany.name() == null) {
            throw ChannelProblem.onField("company.name", ChannelProblem.Kind.UNACCEPTABLE, "Enter the company name", List.of());
        }
        if (newBrand.name() == null) {
            throw ChannelProblem.onField("brand.name", ChannelProblem.Kind.UNACCEPTABLE, "Enter the default brand name", List.of());
        }
        if (newBrand.accentColour() == null) {
            throw ChannelProblem.onField("brand.accentColour", ChannelProblem.Kind.UNACCEPTABLE,
                    "Enter the default accent colour, such as #1d4ed8", List.of());
        }
        company = newCompany;
        brand = newBrand;
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = clock.instant();
        }
        return changed;
    }

    /** Every setting as people read it, named as in the JSON API: for the audit log. */
    public Map<String, String> snapshot() {
        Map<String, String> settings = new LinkedHashMap<>();
        Company c = company();
        settings.put("company.name", c.name());
        settings.put("company.address", c.address());
        settings.put("company.email", c.email());
        settings.put("company.phone", c.phone());
        settings.put("company.website", c.website());
        settings.put("company.vatNumber", c.vatNumber());
        settings.put("company.eori", c.eori());
        ChannelSnapshots.putBrand(settings, brand());
        return settings;
    }

    public Company company() {
        return company == null ? new Company(null, null, null, null, null, null, null) : company;
    }

    public Brand brand() {
        return brand == null ? Brand.NONE : brand;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
