package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Adding and editing channels. Checks run first and outside any transaction (the token check is an
 * HTTP call to ReCharge); then the change is written in one short transaction.
 */
@ApplicationScoped
public class SalesChannels {

    private final BaseUrlAllowList allowList;
    private final TokenCheck tokenCheck;
    private final TokenCipher cipher;
    private final ChannelTokens tokens;
    private final Clock clock;

    SalesChannels(BaseUrlAllowList allowList, TokenCheck tokenCheck, TokenCipher cipher, ChannelTokens tokens,
                  Clock clock) {
        this.allowList = allowList;
        this.tokenCheck = tokenCheck;
        this.cipher = cipher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public List<SalesChannel> list() {
        return SalesChannel.allByName();
    }

    public SalesChannel get(long id) {
        return SalesChannel.byId(id).orElseThrow(() -> ChannelProblem.notFound("There is no sales channel " + id));
    }

    public SalesChannel add(ChannelEdit form) {
        URI baseUrl = allowedBaseUrl(form.baseUrl() == null ? SalesChannel.DEFAULT_BASE_URL.toString() : form.baseUrl());
        requireNameFree(form.name(), null);
        if (!form.changesToken() || form.accessToken().isBlank()) {
            throw ChannelProblem.unacceptable("An access token is required");
        }
        tokenCheck.requireUsable(baseUrl, form.accessToken().strip(), "new channel '" + form.name().strip() + "'");
        SalesChannel channel = inNewTransaction(() -> {
            SalesChannel created = SalesChannel.create(form.name(), form.accessToken(), baseUrl,
                    warehouse(form.warehouseId()), cipher, clock);
            applySettings(created, form);
            created.persistAndFlush();
            return created;
        });
        Log.infof("Sales channel %d '%s' added (warehouse %s, %s)", channel.id(), channel.name(),
                channel.warehouse().code(), channel.baseUrl());
        return channel;
    }

    public SalesChannel edit(long id, ChannelEdit edit) {
        SalesChannel current = get(id);
        URI baseUrl = edit.changesBaseUrl() ? allowedBaseUrl(edit.baseUrl()) : current.baseUrl();
        if (edit.name() != null && !edit.name().strip().equals(current.name())) {
            requireNameFree(edit.name(), id);
        }
        if (edit.changesToken() || !baseUrl.equals(current.baseUrl())) {
            String token = edit.changesToken() ? edit.accessToken().strip() : storedToken(current);
            tokenCheck.requireUsable(baseUrl, token, "channel " + id);
        }
        SalesChannel channel = inNewTransaction(() -> {
            SalesChannel editing = get(id);
            applyEdit(editing, edit, baseUrl);
            editing.persistAndFlush();
            return editing;
        });
        Log.infof("Sales channel %d '%s' edited (active %s, token version %d)", channel.id(), channel.name(),
                channel.isActive(), channel.tokenVersion());
        return channel;
    }

    private void applyEdit(SalesChannel channel, ChannelEdit edit, URI baseUrl) {
        if (edit.name() != null) {
            channel.rename(edit.name(), clock);
        }
        if (!baseUrl.equals(channel.baseUrl())) {
            channel.pointAt(baseUrl, clock);
        }
        if (edit.warehouseId() != null) {
            channel.assignTo(warehouse(edit.warehouseId()), clock);
        }
        if (edit.changesToken()) {
            channel.replaceToken(edit.accessToken(), cipher, clock);
        }
        applySettings(channel, edit);
    }

    private void applySettings(SalesChannel channel, ChannelEdit edit) {
        if (Boolean.TRUE.equals(edit.active())) {
            channel.activate(clock);
        } else if (Boolean.FALSE.equals(edit.active())) {
            channel.deactivate(clock);
        }
        channel.scheduleSync(edit.autoSyncStock() == null ? channel.autoSyncStock() : edit.autoSyncStock(),
                edit.syncIntervalSeconds() == null ? channel.syncInterval() : Duration.ofSeconds(edit.syncIntervalSeconds()),
                clock);
        channel.configure(channel.settings().with(edit), clock);
    }

    private String storedToken(SalesChannel channel) {
        try {
            return tokens.plainToken(channel);
        } catch (TokenDecryptionException e) {
            Log.errorf("Sales channel %d: stored token cannot be decrypted (%s)", channel.id(), e.getMessage());
            throw ChannelProblem.unacceptable("The stored access token can no longer be read (the token key "
                    + "changed): enter the access token again with the new base URL");
        }
    }

    private URI allowedBaseUrl(String candidate) {
        return allowList.check(candidate).orElseThrow(() -> ChannelProblem.unacceptable(
                "The base URL is not an allowed ReCharge API address",
                "Allowed: " + allowList + " (set RECHARGE_ALLOWED_BASE_URLS to change)"));
    }

    private static void requireNameFree(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw ChannelProblem.unacceptable("A name is required");
        }
        SalesChannel.byName(name.strip())
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw ChannelProblem.conflict("A sales channel named '" + name.strip() + "' already exists");
                });
    }

    private static Warehouse warehouse(Long id) {
        return (id == null ? Warehouse.findByCode(Warehouse.DEFAULT_CODE) : Warehouse.byId(id))
                .orElseThrow(() -> ChannelProblem.unacceptable(id == null
                        ? "There is no default warehouse " + Warehouse.DEFAULT_CODE + ": choose a warehouse"
                        : "There is no warehouse " + id));
    }

    /** Runs the write; a name taken by a concurrent request (unique constraint) is a conflict too. */
    private static SalesChannel inNewTransaction(Supplier<SalesChannel> write) {
        try {
            return QuarkusTransaction.requiringNew().call(write::get);
        } catch (PersistenceException e) {
            if (violatesUniqueName(e)) {
                throw ChannelProblem.conflict("A sales channel with that name already exists");
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
