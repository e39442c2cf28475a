package io.rechargechannel.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The board's filters as the address bar holds them, so that every view of the board (a tab, a page, a search)
 * is a link that can be bookmarked, shared and re-read by htmx.
 */
record BoardLinks(String channel, String status, boolean attention, String q, String from, String to, int page) {

    String tab(String newStatus, boolean newAttention) {
        return href("/orders", newStatus, newAttention, 0);
    }

    String page(int newPage) {
        return href("/orders", status, attention, newPage);
    }

    /** The board's table alone, for htmx to swap in after a change. */
    String fragment() {
        return href("/orders/board", status, attention, page);
    }

    private String href(String path, String newStatus, boolean newAttention, int newPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("channel", channel);
        params.put("status", newStatus);
        params.put("attention", newAttention ? "true" : null);
        params.put("q", q);
        params.put("from", from);
        params.put("to", to);
        params.put("page", newPage > 0 ? String.valueOf(newPage) : null);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
