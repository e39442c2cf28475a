package io.rechargechannel.web.pages;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.MissingPermission;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.Warehouse;
import io.rechargechannel.sync.SyncRun;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channel form page, worded for display: the form, the choices of its drop-downs, what each empty brand field
 * falls back to, and for a saved channel its state, its token's last four characters and its recent syncs.
 *
 * @param brandUses per brand field, what applies while it is empty ("Uses “My company” from General Settings")
 */
public record ChannelPage(Long id, boolean isNew, String title, String action, FormState form, String tokenShown,
                          List<MissingPermission> permissions, List<Option> warehouses, List<Option> intervals,
                          List<Option> reasons, List<Option> terms, Map<String, String> brandUses, Badge badge,
                          String storeName, long stillToDespatch, List<RunRow> runs) {

    /** One recent sync run. */
    public record RunRow(String when, String whenExact, String stream, String outcome, boolean failed, String figures,
                         String error) {
        static RunRow of(SyncRun run, Instant now) {
            String figures = count(run.pages, "page") + ", " + run.created + " new, " + run.updated + " changed, "
                    + count(run.requests, "request") + (run.throttled > 0 ? ", " + run.throttled + " throttled" : "");
            String outcome = switch (run.outcome) {
                case SUCCEEDED -> "Done";
                case RUNNING -> "Running";
                case FAILED -> "Failed";
                case STOPPED -> "Stopped";
            };
            return new RunRow(Times.ago(run.startedAt, now), Times.exact(run.startedAt),
                    run.stream.name().equals("ORDERS") ? "Orders" : "Products", outcome,
                    run.outcome == SyncRun.Outcome.FAILED, figures, shortened(run.errorMessage));
        }

        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }

        /** An error can carry a whole HTML error page from ReCharge: the page shows its start. */
        private static String shortened(String error) {
            return error == null || error.length() <= 240 ? error : error.substring(0, 240) + "…";
        }
    }

    static ChannelPage forNew(FormState form, List<MissingPermission> permissions, List<Warehouse> warehouses,
                              Brand general) {
        return new ChannelPage(null, true, "Add a ReCharge channel", "/settings/sales-channels", form, null,
                permissions, options(warehouses), intervalOptions(form.value("syncIntervalSeconds")), reasonOptions(), termOptions(),
                usesOf(form, general), null, null, 0, List.of());
    }

    static ChannelPage forChannel(SalesChannel channel, FormState form, List<MissingPermission> permissions,
                                  List<Warehouse> warehouses, Brand general, boolean syncing, long stillToDespatch,
                                  List<SyncRun> runs, Instant now) {
        String shown = channel.tokenLast4().isEmpty() ? "••••" : "••••" + channel.tokenLast4();
        return new ChannelPage(channel.id(), false, channel.name(), "/settings/sales-channels/" + channel.id(), form,
                shown, permissions, options(warehouses), intervalOptions(form.value("syncIntervalSeconds")), reasonOptions(),
                termOptions(), usesOf(form, general), Badge.of(channel, syncing), channel.storeName().orElse(null),
                stillToDespatch, runs.stream().map(run -> RunRow.of(run, now)).toList());
    }

    private static List<Option> options(List<Warehouse> warehouses) {
        return warehouses.stream().map(w -> new Option(String.valueOf(w.id()), w.name() + " (" + w.code() + ")")).toList();
    }

    private static List<Option> intervalOptions(String current) {
        List<Option> options = new ArrayList<>();
        for (long seconds : new long[] {10, 30, 60, 120, 300, 600, 900, 1800, 3600, 21600, 86400}) {
            options.add(new Option(String.valueOf(seconds), every(seconds)));
        }
        if (!current.isBlank() && options.stream().noneMatch(option -> option.value().equals(current))
                && current.chars().allMatch(Character::isDigit)) {
            options.add(new Option(current, every(Long.parseLong(current))));
        }
        return options;
    }

    private static String every(long seconds) {
        Duration interval = Duration.ofSeconds(seconds);
        if (seconds < 60) {
            return "Every " + seconds + " seconds";
        }
        if (seconds < 3600) {
            return seconds % 60 == 0 ? (interval.toMinutes() == 1 ? "Every minute" : "Every " + interval.toMinutes() + " minutes")
                    : "Every " + seconds + " seconds";
        }
        return seconds % 3600 == 0 ? (interval.toHours() == 1 ? "Every hour" : "Every " + interval.toHours() + " hours")
                : "Every " + seconds + " seconds";
    }

    private static List<Option> reasonOptions() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Not set")));
        Arrays.stream(CommercialInvoice.ReasonForExport.values()).forEach(r -> options.add(new Option(r.name(), r.label())));
        return options;
    }

    private static List<Option> termOptions() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Not set")));
        Arrays.stream(CommercialInvoice.TermsOfSale.values()).forEach(t -> options.add(new Option(t.name(), t.name() + " – " + t.label())));
        return options;
    }

    private static Map<String, String> usesOf(FormState form, Brand general) {
        Map<String, String> uses = new LinkedHashMap<>();
        use(uses, form, "brand.name", general.name());
        use(uses, form, "brand.logoUrl", general.logoUrl());
        use(uses, form, "brand.accentColour", general.accentColour());
        use(uses, form, "brand.senderName", general.senderName());
        use(uses, form, "brand.senderEmail", general.senderEmail());
        use(uses, form, "brand.replyTo", general.replyTo());
        return uses;
    }

    private static void use(Map<String, String> uses, FormState form, String field, String general) {
        if (!form.value(field).isBlank()) {
            uses.put(field, "Despatches and emails of this channel use this.");
        } else if (general != null) {
            uses.put(field, "Left empty: uses “" + general + "” from General Settings.");
        } else {
            uses.put(field, "Left empty, and General Settings has none either: not shown.");
        }
    }
}
