package io.rechargechannel.web.pages;

import io.rechargechannel.orders.BoardCounts;
import io.rechargechannel.orders.BoardRow;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.OrderBoard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The orders board as the page shows it: tabs with counts, the filters as typed, one line per order, the pager,
 * and the address htmx re-reads the table from when the live events say something changed.
 */
public record BoardPage(List<Tab> tabs, FormState filters, List<Option> channels, String status, boolean attention,
                        List<Line> lines, String pager, String previous, String next, String fragment, String empty,
                        List<Line> lane, long laneCount, String laneHref) {

    /** A status tab: its words, its link, how many orders it holds. */
    public record Tab(String label, String href, long count, boolean selected, boolean attention) {
    }

    /** One order, readable at a glance. */
    public record Line(long id, String number, String customer, String email, String items, int units,
                       String channel, String age, String placedExact, String status, String statusKind,
                       String reason, String reasonAge, String hold) {
    }

    static BoardPage of(OrderBoard.Board board, List<BoardRow> lane, BoardLinks links, FormState filters,
                        List<Option> channels, Map<Long, String> channelNames, Instant now) {
        List<Line> lines = board.rows().stream().map(row -> line(row, channelNames, now)).toList();
        List<Line> laneLines = lane.stream().map(row -> line(row, channelNames, now)).toList();
        int first = board.query().page() * board.query().size();
        String pager = board.total() == 0 ? "" : (first + 1) + "–" + (first + lines.size()) + " of " + board.total();
        boolean more = first + lines.size() < board.total();
        return new BoardPage(tabs(board.counts(), links), filters, channels, links.status(), links.attention(), lines,
                pager, board.query().page() > 0 ? links.page(board.query().page() - 1) : null,
                more ? links.page(board.query().page() + 1) : null, links.fragment(), empty(links), laneLines,
                board.counts().attention(), links.tab(null, true));
    }

    private static List<Tab> tabs(BoardCounts counts, BoardLinks links) {
        List<Tab> tabs = new ArrayList<>();
        boolean none = links.status() == null && !links.attention();
        tabs.add(new Tab("All", links.tab(null, false), counts.all(), none, false));
        tabs.add(new Tab("Needs attention", links.tab(null, true), counts.attention(),
                links.status() == null && links.attention(), true));
        for (FulfilmentStatus status : List.of(FulfilmentStatus.NEW, FulfilmentStatus.ALLOCATED, FulfilmentStatus.ON_HOLD,
                FulfilmentStatus.SCHEDULED, FulfilmentStatus.DESPATCHED, FulfilmentStatus.CANCELLED)) {
            tabs.add(new Tab(status.label(), links.tab(status.name(), false), counts.of(status),
                    status.name().equals(links.status()) && !links.attention(), false));
        }
        return tabs;
    }

    private static Line line(BoardRow row, Map<Long, String> channelNames, Instant now) {
        return new Line(row.id(), row.number(), row.customerName().isEmpty() ? row.customerEmail() : row.customerName(),
                row.customerEmail(), row.items(), row.units(), channelNames.getOrDefault(row.channelId(), "Channel " + row.channelId()),
                Times.ago(row.placedAt(), now), Times.exact(row.placedAt()), row.status().label(), kind(row.status()),
                row.attentionReason(), row.attentionSince() == null ? null : Times.ago(row.attentionSince(), now),
                row.holdReason());
    }

    static String kind(FulfilmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String empty(BoardLinks links) {
        if (links.q() != null && !links.q().isBlank()) {
            return "No order matches “" + links.q() + "”. Search looks in order numbers, customer names and emails, and SKUs.";
        }
        return links.attention() ? "Nothing needs attention: every order is ready to pick." : "No orders here yet.";
    }
}
