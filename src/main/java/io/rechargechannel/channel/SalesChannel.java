package io.rechargechannel.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One ReCharge store feeding one warehouse. Settings change through the methods below, each taking
 * the clock so {@code updatedAt} stays true; the sync engine reports health through {@code mark...}.
 * The token is held only encrypted; {@link ChannelTokens} decrypts it for the sync.
 */
@Entity
@Table(name = "sales_channel")
public class SalesChannel extends PanacheEntityBase {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.rechargeapps.com");
    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofSeconds(60);
    public static final Duration MIN_SYNC_INTERVAL = Duration.ofSeconds(10);
    public static final Duration MAX_SYNC_INTERVAL = Duration.ofDays(1);
    static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_STATUS_MESSAGE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = MAX_NAME_LENGTH)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind kind;
    private boolean active;
    @Column(name = "access_token_ciphertext", nullable = false)
    private String accessTokenCiphertext;
    @Column(name = "token_last4", nullable = false, length = 4)
    private String tokenLast4;
    @Column(name = "token_version")
    private int tokenVersion;
    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;
    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id", nullable = false)
    private Warehouse warehouse;
    @Column(name = "auto_sync_stock")
    private boolean autoSyncStock;
    @Column(name = "sync_interval_seconds")
    private int syncIntervalSeconds;
    private ChannelSettingsColumns settings = new ChannelSettingsColumns();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChannelStatus status;
    @Column(name = "status_message", length = MAX_STATUS_MESSAGE)
    private String statusMessage;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected SalesChannel() {
        // for JPA
    }

    /** A new, active ReCharge channel with the default sync settings; not yet persisted. */
    public static SalesChannel create(String name, String plainToken, URI baseUrl, Warehouse warehouse,
                                      TokenCipher cipher, Clock clock) {
        SalesChannel channel = new SalesChannel();
        channel.kind = ChannelKind.RECHARGE;
        channel.active = true;
        channel.autoSyncStock = true;
        channel.syncIntervalSeconds = (int) DEFAULT_SYNC_INTERVAL.toSeconds();
        channel.status = ChannelStatus.NEVER_SYNCED;
        channel.statusChangedAt = clock.instant();
        channel.createdAt = clock.instant();
        channel.rename(name, clock);
        channel.pointAt(baseUrl, clock);
        channel.assignTo(warehouse, clock);
        channel.storeToken(plainToken, cipher);
        return channel;
    }

    public static Optional<SalesChannel> byId(long id) {
        return findByIdOptional(id);
    }

    public static Optional<SalesChannel> byName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<SalesChannel> allByName() {
        return list("order by name");
    }

    // --- token --------------------------------------------------------------------------------

    /** A new token (already validated): bumps {@link #tokenVersion()} and clears token-caused statuses. */
    public void replaceToken(String plainToken, TokenCipher cipher, Clock clock) {
        storeToken(plainToken, cipher);
        tokenVersion++;
        if (status.isCuredByNewToken()) {
            changeStatus(lastSyncedAt == null ? ChannelStatus.NEVER_SYNCED : ChannelStatus.OK, null, clock);
        }
        touch(clock);
    }

    private void storeToken(String plainToken, TokenCipher cipher) {
        if (plainToken == null || plainToken.isBlank()) {
            throw ChannelProblem.unacceptable("An access token is required");
        }
        String token = plainToken.strip();
        accessTokenCiphertext = cipher.encrypt(token);
        // Too short a token would be half revealed by its last four characters.
        tokenLast4 = token.length() >= 12 ? token.substring(token.length() - 4) : "";
        tokenVersion = Math.max(tokenVersion, 1);
    }

    String accessTokenCiphertext() {
        return accessTokenCiphertext;
    }

    // --- settings -----------------------------------------------------------------------------

    public void rename(String newName, Clock clock) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw ChannelProblem.unacceptable("A name of 1 to " + MAX_NAME_LENGTH + " characters is required");
        }
        name = newName.strip();
        touch(clock);
    }

    /** The base URL must already have passed the {@link BaseUrlAllowList}. */
    public void pointAt(URI newBaseUrl, Clock clock) {
        baseUrl = newBaseUrl.toString();
        touch(clock);
    }

    public void assignTo(Warehouse newWarehouse, Clock clock) {
        warehouse = newWarehouse;
        touch(clock);
    }

    public void activate(Clock clock) {
        active = true;
        touch(clock);
    }

    public void deactivate(Clock clock) {
        active = false;
        touch(clock);
    }

    public void scheduleSync(boolean autoSyncStock, Duration interval, Clock clock) {
        if (interval.compareTo(MIN_SYNC_INTERVAL) < 0 || interval.compareTo(MAX_SYNC_INTERVAL) > 0) {
            throw ChannelProblem.unacceptable("The sync interval must be between 10 seconds and 1 day");
        }
        this.autoSyncStock = autoSyncStock;
        this.syncIntervalSeconds = (int) interval.toSeconds();
        touch(clock);
    }

    public void configure(ChannelSettings newSettings, Clock clock) {
        settings = ChannelSettingsColumns.of(newSettings);
        touch(clock);
    }

    private void touch(Clock clock) {
        updatedAt = clock.instant();
    }

    // --- sync health (called by the sync engine) ----------------------------------------------

    public void markSynced(Clock clock) {
        lastSyncedAt = clock.instant();
        changeStatus(ChannelStatus.OK, null, clock);
    }

    public void markTokenRejected(String message, Clock clock) {
        changeStatus(ChannelStatus.TOKEN_REJECTED, message, clock);
    }

    public void markMissingPermission(String scope, String message, Clock clock) {
        changeStatus(ChannelStatus.MISSING_PERMISSION, "Missing permission " + scope + ": " + message, clock);
    }

    public void markConfigError(String message, Clock clock) {
        changeStatus(ChannelStatus.CONFIG_ERROR, message, clock);
    }

    public void markCircuitOpen(String message, Clock clock) {
        changeStatus(ChannelStatus.CIRCUIT_OPEN, message, clock);
    }

    public void markFailing(String message, Clock clock) {
        changeStatus(ChannelStatus.FAILING, message, clock);
    }

    private void changeStatus(ChannelStatus newStatus, String message, Clock clock) {
        if (newStatus != status) {
            statusChangedAt = clock.instant();
        }
        status = newStatus;
        statusMessage = message == null || message.length() <= MAX_STATUS_MESSAGE
                ? message : message.substring(0, MAX_STATUS_MESSAGE);
    }

    // --- reading ------------------------------------------------------------------------------

    public Long id() { return id; }
    public String name() { return name; }
    public ChannelKind kind() { return kind; }
    public boolean isActive() { return active; }
    public String tokenLast4() { return tokenLast4; }
    public int tokenVersion() { return tokenVersion; }
    public URI baseUrl() { return URI.create(baseUrl); }
    public Warehouse warehouse() { return warehouse; }
    public boolean autoSyncStock() { return autoSyncStock; }
    public Duration syncInterval() { return Duration.ofSeconds(syncIntervalSeconds); }
    public ChannelSettings settings() { return settings.toSettings(); }
    public ChannelStatus status() { return status; }
    public Optional<String> statusMessage() { return Optional.ofNullable(statusMessage); }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Optional<Instant> lastSyncedAt() { return Optional.ofNullable(lastSyncedAt); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
