package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.audit.AuditAction;
import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Adding, editing and removing channels. Checks run first and outside any transaction (the token check is an
 * HTTP call to ReCharge); then the change and its audit entry are written in one short transaction. A channel
 * whose token fails the check may be saved inactive, never active.
 */
@ApplicationScoped
public class SalesChannels {

    /** A saved channel and what the token check said, when one ran. */
    public record Saved(SalesChannel channel, TokenVerdict verdict) {
    }

    private final BaseUrlAllowList allowList;
    private final TokenCheck tokenCheck;
    private final TokenCipher cipher;
    private final ChannelTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    SalesChannels(BaseUrlAllowList allowList, TokenCheck tokenCheck, TokenCipher cipher, ChannelTokens tokens,
                  AuditLog audit, Clock clock) {
        this.allowList = allowList;
        this.tokenCheck = tokenCheck;
        this.cipher = cipher;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SalesChannel> list() {
        return QuarkusTransaction.joiningExisting().call(SalesChannel::allByName);
    }

    public SalesChannel get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> SalesChannel.byId(id)
                .orElseThrow(() -> ChannelProblem.notFound("There is no sales channel " + id)));
    }

    public Saved add(ChannelEdit form) {
        URI baseUrl = allowedBaseUrl(form.baseUrl() == null ? SalesChannel.DEFAULT_BASE_URL.toString() : form.baseUrl());
        requireNameFree(form.name(), null);
        if (!form.changesToken()) {
            throw ChannelProblem.onField("accessToken", ChannelProblem.Kind.UNACCEPTABLE, "Enter the access token", List.of());
        }
        TokenVerdict verdict = tokenCheck.check(baseUrl, form.accessToken().strip(), "new channel '" + form.name().strip() + "'");
        if (!Boolean.FALSE.equals(form.active()) && !verdict.usable()) {
            throw verdict.asProblem();
        }
        SalesChannel channel = inNewTransaction(() -> {
            SalesChannel created = SalesChannel.create(form.name(), form.accessToken(), baseUrl,
                    warehouse(form.warehouseId()), cipher, clock);
            applySettings(created, form);
            created.recordTokenCheck(verdict, clock);
            created.persistAndFlush();
            List<Change> changes = new ArrayList<>(Change.initial(ChannelSnapshots.of(created)));
            changes.add(Change.note("accessToken", "token set, ends in " + shown(created.tokenLast4())));
            audit.record(AuditSubject.CHANNEL, created.id(), created.name(), AuditAction.CREATED, changes);
            return created;
        });
        Log.infof("Sales channel %d '%s' added (warehouse %s, %s, active %s, token check %s)", channel.id(),
                channel.name(), channel.warehouse().code(), channel.baseUrl(), channel.isActive(), verdict.outcome());
        return new Saved(channel, verdict);
    }

    public Saved edit(long id, ChannelEdit edit) {
        SalesChannel current = get(id);
        URI baseUrl = edit.changesBaseUrl() ? allowedBaseUrl(edit.baseUrl()) : current.baseUrl();
        if (edit.name() != null && !edit.name().strip().equals(current.name())) {
            requireNameFree(edit.name(), id);
        }
        boolean activeAfter = edit.active() != null ? edit.active() : current.isActive();
        boolean activating = activeAfter && !current.isActive();
        TokenVerdict verdict = null;
        if (edit.changesToken() || !baseUrl.equals(current.baseUrl()) || activating) {
            String token = edit.changesToken() ? edit.accessToken().strip() : storedToken(current);
            verdict = tokenCheck.check(baseUrl, token, "channel " + id);
            if (activeAfter && !verdict.usable()) {
                throw activating && !edit.changesToken() ? cannotActivate(verdict) : verdict.asProblem();
            }
        }
        TokenVerdict checked = verdict;
        SalesChannel channel = inNewTransaction(() -> {
            SalesChannel editing = get(id);
            Map<String, String> before = ChannelSnapshots.of(editing);
            applyEdit(editing, edit, baseUrl);
            if (checked != null) {
                editing.recordTokenCheck(checked, clock);
            }
            List<Change> changes = new ArrayList<>(Change.between(before, ChannelSnapshots.of(editing)));
            if (edit.changesToken()) {
                changes.add(Change.note("accessToken", "token replaced, ends in " + shown(editing.tokenLast4())));
            }
            if (!changes.isEmpty()) {
                editing.touch(clock);
                audit.record(AuditSubject.CHANNEL, editing.id(), editing.name(), AuditAction.CHANGED, changes);
            }
            editing.persistAndFlush();
            return editing;
        });
        Log.infof("Sales channel %d '%s' edited (active %s, token version %d)", channel.id(), channel.name(),
                channel.isActive(), channel.tokenVersion());
        return new Saved(channel, verdict);
    }

    /** Checks the stored token now, as on submit, and records what ReCharge said on the channel. */
    public TokenVerdict checkToken(long id) {
        SalesChannel current = get(id);
        TokenVerdict verdict = tokenCheck.check(current.baseUrl(), storedToken(current), "channel " + id);
        QuarkusTransaction.requiringNew().run(() -> get(id).recordTokenCheck(verdict, clock));
        return verdict;
    }

    /**
     * Removes a channel from the list and stops its sync. Its row stays, inactive, so that its orders (despatched
     * or still to be) stay on the board with their channel's name; the name is free for a new channel.
     */
    public void remove(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            SalesChannel channel = get(id);
            channel.remove(clock);
            audit.record(AuditSubject.CHANNEL, channel.id(), channel.name(), AuditAction.REMOVED, List.of());
        });
        Log.infof("Sales channel %d removed", id);
    }

    private void applyEdit(SalesChannel channel, ChannelEdit edit, URI baseUrl) {
        if (edit.name() != null) {
            channel.rename(edit.name());
        }
        if (!baseUrl.equals(channel.baseUrl())) {
            channel.pointAt(baseUrl);
        }
        if (edit.warehouseId() != null) {
            channel.assignTo(warehouse(edit.warehouseId()));
        }
        if (edit.changesToken()) {
            channel.replaceToken(edit.accessToken(), cipher);
        }
        applySettings(channel, edit);
    }

    private static void applySettings(SalesChannel channel, ChannelEdit edit) {
        if (Boolean.TRUE.equals(edit.active())) {
            channel.activate();
        } else if (Boolean.FALSE.equals(edit.active())) {
            channel.deactivate();
        }
        channel.scheduleSync(edit.autoSyncStock() == null ? channel.autoSyncStock() : edit.autoSyncStock(),
                edit.syncIntervalSeconds() == null ? channel.syncInterval() : Duration.ofSeconds(edit.syncIntervalSeconds()));
        channel.configure(edit.brand(), edit.commercialInvoice(), edit.despatchEmails(), edit.feedbackEmails());
    }

    private static ChannelProblem cannotActivate(TokenVerdict verdict) {
        return ChannelProblem.onField("accessToken", verdict.asProblem().kind(),
                "The channel cannot be turned on. " + verdict.message(), verdict.missingPermissions());
    }

    private String storedToken(SalesChannel channel) {
        try {
            return tokens.plainToken(channel);
        } catch (TokenDecryptionException e) {
            Log.errorf("Sales channel %d: stored token cannot be decrypted (%s)", channel.id(), e.getMessage());
            throw ChannelProblem.onField("accessToken", ChannelProblem.Kind.UNACCEPTABLE, "The stored access token "
                    + "can no longer be read (the token key changed): enter the access token again", List.of());
        }
    }

    private URI allowedBaseUrl(String candidate) {
        return allowList.check(candidate).orElseThrow(() -> ChannelProblem.onField("baseUrl",
                ChannelProblem.Kind.UNACCEPTABLE, "The base URL is not an allowed ReCharge API address",
                List.of("Allowed: " + allowList + " (set RECHARGE_ALLOWED_BASE_URLS to change)")));
    }

    private static void requireNameFree(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw ChannelProblem.onField("name", ChannelProblem.Kind.UNACCEPTABLE, "Enter a name", List.of());
        }
        QuarkusTransaction.joiningExisting().run(() -> SalesChannel.byName(name.strip())
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw ChannelProblem.conflict("name", "A sales channel named '" + name.strip() + "' already exists");
                }));
    }

    private static Warehouse warehouse(Long id) {
        return (id == null ? Warehouse.findByCode(Warehouse.DEFAULT_CODE) : Warehouse.byId(id))
                .orElseThrow(() -> ChannelProblem.onField("warehouseId", ChannelProblem.Kind.UNACCEPTABLE, id == null
                        ? "There is no default warehouse " + Warehouse.DEFAULT_CODE + ": choose a warehouse"
                        : "There is no warehouse " + id, List.of()));
    }

    private static String shown(String last4) {
        return last4.isEmpty() ? "(too short to show)" : last4;
    }

    /** Runs the write; a name taken by a concurrent request (unique index) is a conflict too. */
    private static SalesChannel inNewTransaction(Supplier<SalesChannel> write) {
        try {
            return QuarkusTransaction.requiringNew().call(write::get);
        } catch (PersistenceException e) {
            if (violatesUniqueName(e)) {
                throw ChannelProblem.conflict("name", "A sales channel with that name already exists");
            }
            throw e;
        }
    }

    private static boolean violatesUniqueName(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && "sales_channel_name_key".equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
