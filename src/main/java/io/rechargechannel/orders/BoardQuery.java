package io.rechargechannel.orders;

import java.time.Instant;
import java.util.Locale;

/**
 * What the board is asked for: filters (all optional), the search text and the page.
 *
 * @param attention only the orders that are not ready to pick, with their reason
 * @param from      placed at or after
 * @param to        placed before
 * @param q         order number or name, ReCharge id, customer name or email, or SKU; case does not matter
 * @param updatedSince changed in ReCharge at or after (for programs catching up)
 */
public record BoardQuery(Long channelId, FulfilmentStatus status, boolean attention, Instant from, Instant to,
                         String q, Instant updatedSince, int page, int size) {

    public static final int MAX_SIZE = 200;
    /** Deeper pages than this are refused: nobody reads them, and each costs PostgreSQL more. */
    public static final int MAX_PAGE = 1000;

    public BoardQuery {
        page = Math.max(0, Math.min(page, MAX_PAGE));
        size = Math.max(1, Math.min(size, MAX_SIZE));
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static BoardQuery newest(int size) {
        return new BoardQuery(null, null, false, null, null, null, null, 0, size);
    }

    public BoardQuery withStatus(FulfilmentStatus newStatus, boolean onlyAttention) {
        return new BoardQuery(channelId, newStatus, onlyAttention, from, to, q, updatedSince, 0, size);
    }

    /** The search text as it is matched: lower case, without a leading {@code #} of an order number. */
    String searchText() {
        if (q == null) {
            return null;
        }
        String text = q.toLowerCase(Locale.ROOT);
        return text.startsWith("#") && text.length() > 1 ? text.substring(1) : text;
    }
}
