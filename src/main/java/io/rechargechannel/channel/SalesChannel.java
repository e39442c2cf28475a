package io.rechargechannel.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One ReCharge store feeding one warehouse. Settings change through the methods below; {@link SalesChannels}
 * stamps {@code updatedAt} only when a setting really changed. The sync engine reports health through
 * {@code mark...}. The token is held only encrypted; {@link ChannelTokens} decrypts it for the sync.
 * A removed channel keeps its row, inactive, so that its orders stay on the warehouse's board.
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
    @Column(nullable = false, length = MAX_NAME_LENGTH)
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
    @Embedded
    private Brand brand;
    @Embedded
    private CommercialInvoice commercialInvoice;
    @Embedded
    private DespatchEmails despatchEmails = DespatchEmails.DEFAULTS;
    @Embedded
    private FeedbackEmails feedbackEmails = FeedbackEmails.DEFAULTS;
    @Column(name = "store_name", length = 200)
    private String storeName;
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
    @Column(name = "removed_at")
    private Instant removedAt;
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
        channel.rename(name);
        channel.pointAt(baseUrl);
        channel.assignTo(warehouse);
        channel.storeToken(plainToken, cipher);
        channel.touch(clock);
        return channel;
    }

    /** A channel that has not been removed. */
    public static Optional<SalesChannel> byId(long id) {
        return SalesChannel.<SalesChannel>findByIdOptional(id).filter(channel -> channel.removedAt == null);
    }

    public static Optional<SalesChannel> byName(String name) {
        return find("name = ?1 and removedAt is null", name).firstResultOptional();
    }

    public static List<SalesChannel> allByName() {
        return list("removedAt is null order by name");
    }

    // --- token --------------------------------------------------------------------------------

    /** A new token (already checked): bumps {@link #tokenVersion()}. */
    public void replaceToken(String plainToken, TokenCipher cipher) {
        storeToken(plainToken, cipher);
        tokenVersion++;
    }

    private void storeToken(String plainToken, TokenCipher cipher) {
        if (plainToken == null || plainToken.isBlank()) {
            throw ChannelProblem.onField("accessToken", ChannelProblem.Kind.UNACCEPTABLE, "Enter the access token", List.of());
        }
        String token = plainToken.strip();
        accessTokenCiphertext = cipher.encrypt(token);
        // Too short a token would be half revealed by its last four characters.
        tokenLast4 = token.length() >= 12 ? token.substring(token.length() - 4) : "";
        tokenVersion = Math.max(tokenVersion, 1);
    }

    /**
     * What the last token check found: the store's name, and a status that says what is wrong with the token, or
     * clears such a status once the token works again. A check that got no answer changes nothing.
     */
    public void recordTokenCheck(TokenVerdict verdict, Clock clock) {
        if (verdict.storeName() != null) {
            storeName = verdict.storeName();
        }
        switch (verdict.outcome()) {
            case USABLE -> {
                if (status.isCuredByNewToken()) {
                    changeStatus(lastSyncedAt == null ? ChannelStatus.NEVER_SYNCED : ChannelStatus.OK, null, clock);
                }
            }
            case REJECTED -> changeStatus(ChannelStatus.TOKEN_REJECTED, verdict.statusLine(), clock);
            case LACKS_PERMISSIONS -> changeStatus(ChannelStatus.MISSING_PERMISSION, verdict.statusLine(), clock);
            case UNREACHABLE -> { }
        }
    }

    String accessTokenCiphertext() {
        return accessTokenCiphertext;
    }

    // --- settings (SalesChannels stamps updatedAt when any of them changed) ----------------------

    void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw ChannelProblem.onField("name", ChannelProblem.Kind.UNACCEPTABLE,
                    "Enter a name of 1 to " + MAX_NAME_LENGTH + " characters", List.of());
        }
        name = newName.strip();
    }

    /** The base URL must already have passed the {@link BaseUrlAllowList}. */
    void pointAt(URI newBaseUrl) {
        baseUrl = newBaseUrl.toString();
    }

    void assignTo(Warehouse newWarehouse) {
        warehouse = newWarehouse;
    }

    void activate() {
        active = true;
    }

    void deactivate() {
        active = false;
    }

    void scheduleSync(boolean newAutoSyncStock, Duration interval) {
        if (interval.compareTo(MIN_SYNC_INTERVAL) < 0 || interval.compareTo(MAX_SYNC_INTERVAL) > 0) {
            throw ChannelProblem.onField("syncIntervalSeconds", ChannelProblem.Kind.UNACCEPTABLE,
                    "The sync interval must be between 10 seconds and 1 day", List.of());
        }
        this.autoSyncStock = newAutoSyncStock;
        this.syncIntervalSeconds = (int) interval.toSeconds();
    }

    /** Applies the tabs an edit names; null tabs and null fields stay as they are. */
    void configure(Brand brandPatch, CommercialInvoice invoicePatch, DespatchEmails despatchPatch,
                   FeedbackEmails feedbackPatch) {
        brand = brand().patchedWith(brandPatch);
        commercialInvoice = commercialInvoice().patchedWith(invoicePatch);
        despatchEmails = despatchEmails().patchedWith(despatchPatch);
        FeedbackEmails feedback = feedbackEmails().patchedWith(feedbackPatch);
        if (feedback.on() && feedback.feedbackUrlTemplate() == null) {
            throw ChannelProblem.onField("feedbackEmails.feedbackUrlTemplate", ChannelProblem.Kind.UNACCEPTABLE,
                    "Feedback emails need the address of your feedback page", List.of());
        }
        feedbackEmails = feedback;
    }

    /** Marks the channel removed: inactive for good, its name free again, its orders kept. */
    void remove(Clock clock) {
        active = false;
        removedAt = clock.instant();
        touch(clock);
    }

    void touch(Clock clock) {
        updatedAt = clock.instant();
    }

    // --- sync health (called by the sync engine) ----------------------------------------------

    public void markSynced(Clock clock) {
        lastSyncedAt = clock.instant();
        changeStatus(ChannelStatus.OK, null, clock);
    }

    /** ReCharge answered 401 during a sync: the same words as the check on submit, with what the sync saw. */
    public void markTokenRejected(String seen, Clock clock) {
        changeStatus(ChannelStatus.TOKEN_REJECTED, TokenVerdict.REJECTED + " (" + seen + " during the sync)", clock);
    }

    /** ReCharge answered 403 for {@code scope} during a sync: named as the check on submit names it. */
    public void markMissingPermission(String scope, String seen, Clock clock) {
        TokenVerdict verdict = TokenVerdict.lacking(List.of(RequiredPermissions.forScope(scope)), null, null);
        changeStatus(ChannelStatus.MISSING_PERMISSION, verdict.statusLine() + " (" + seen + " during the sync)", clock);
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

    /** The brand despatches and emails of this channel use: its own fields, General Settings' for the empty ones. */
    public Brand effectiveBrand(GeneralSettings general) {
        return brand().over(general.brand());
    }

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
    public Brand brand() { return brand == null ? Brand.NONE : brand; }
    public CommercialInvoice commercialInvoice() { return commercialInvoice == null ? CommercialInvoice.NONE : commercialInvoice; }
    public DespatchEmails despatchEmails() { return despatchEmails == null ? DespatchEmails.DEFAULTS : despatchEmails; }
    public FeedbackEmails feedbackEmails() { return feedbackEmails == null ? FeedbackEmails.DEFAULTS : feedbackEmails; }
    public Optional<String> storeName() { return Optional.ofNullable(storeName); }
    public ChannelStatus status() { return status; }
    public Optional<String> statusMessage() { return Optional.ofNullable(statusMessage); }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Optional<Instant> lastSyncedAt() { return Optional.ofNullable(lastSyncedAt); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public boolean isRemoved() { return removedAt != null; }
    public long version() { return version; }
}
