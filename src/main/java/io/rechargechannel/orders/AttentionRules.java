package io.rechargechannel.orders;

import io.rechargechannel.channel.CommercialInvoice;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Why an order is not ready to pick, in plain words, judged in PostgreSQL for a set of orders in one statement:
 * cancelled after despatch, no SKU on a line, address incomplete, commercial invoice data missing for an
 * international order, not enough stock. An open order with none of these has no reason; a changed reason is
 * written with the time it was raised and a timeline line. Orders another transaction holds locked are skipped:
 * that transaction (an import, a despatch) judges them itself before it commits.
 */
final class AttentionRules {

    /** Countries whose addresses have no postcode. */
    private static final String NO_POSTCODE = "('AE', 'HK', 'IE', 'QA')";

    /** Parameters: channel ids and their missing invoice fields (arrays), order ids, now, now, actor. */
    private static final String JUDGE = """
            WITH gap AS (SELECT * FROM unnest(?::bigint[], ?::text[]) AS g(channel_id, missing)),
            target AS (
                SELECT o.id, o.fulfilment_status, o.recharge_status, o.ship_address1, o.ship_city, o.ship_zip,
                       upper(o.ship_country_code) AS country, c.auto_sync_stock, c.warehouse_id, w.country_code AS home,
                       g.missing
                FROM orders o JOIN sales_channel c ON c.id = o.channel_id JOIN warehouse w ON w.id = c.warehouse_id
                LEFT JOIN gap g ON g.channel_id = o.channel_id
                WHERE o.id = ANY (?) FOR UPDATE OF o SKIP LOCKED),
            judged AS (
                SELECT t.id, CASE
                    WHEN t.fulfilment_status = 'DESPATCHED' THEN CASE WHEN lower(t.recharge_status) IN ('cancelled', 'refunded')
                        THEN 'ReCharge reports this order ' || lower(t.recharge_status) || ' after it was despatched' END
                    WHEN t.fulfilment_status IN ('CANCELLED', 'SCHEDULED') THEN NULL
                    ELSE nullif(concat_ws('; ',
                        (SELECT 'No SKU on line ' || string_agg(l.line_number::text || coalesce(' (' || l.title || ')', ''),
                                ', ' ORDER BY l.line_number)
                         FROM order_line l WHERE l.order_id = t.id AND coalesce(trim(l.sku), '') = ''),
                        nullif('Address incomplete: no ' || concat_ws(', ',
                            CASE WHEN coalesce(trim(t.ship_address1), '') = '' THEN 'street' END,
                            CASE WHEN coalesce(trim(t.ship_city), '') = '' THEN 'town or city' END,
                            CASE WHEN coalesce(trim(t.ship_zip), '') = '' AND coalesce(t.country, '') NOT IN %s
                                 THEN 'postcode' END,
                            CASE WHEN t.country IS NULL THEN 'country' END), 'Address incomplete: no '),
                        CASE WHEN t.country <> t.home AND t.missing IS NOT NULL
                            THEN 'International order (' || t.country || '): the commercial invoice lacks ' || t.missing END,
                        CASE WHEN t.auto_sync_stock THEN
                            (SELECT 'Not enough stock: ' || string_agg(l.sku || ' needs ' || l.quantity || ', '
                                    || greatest(coalesce(s.available, 0) + l.allocated_quantity, 0) || ' available',
                                    '; ' ORDER BY l.line_number)
                             FROM order_line l LEFT JOIN stock_level s ON s.warehouse_id = t.warehouse_id AND s.sku = l.sku
                             WHERE l.order_id = t.id AND coalesce(trim(l.sku), '') <> ''
                               AND coalesce(s.available, 0) < CASE WHEN l.allocated_quantity > 0 THEN 0 ELSE l.quantity END)
                        END), '') END AS reason
                FROM target t),
            changed AS (
                UPDATE orders o SET needs_attention = j.reason IS NOT NULL, attention_reason = j.reason,
                       attention_since = CASE WHEN j.reason IS NULL THEN NULL ELSE ?::timestamptz END
                FROM judged j WHERE o.id = j.id AND o.attention_reason IS DISTINCT FROM j.reason
                RETURNING o.id, j.reason)
            INSERT INTO order_event (order_id, at, kind, actor, summary)
            SELECT id, ?::timestamptz, 'ATTENTION', ?, reason FROM changed WHERE reason IS NOT NULL
            """.formatted(NO_POSTCODE);

    private static final String INVOICES = """
            SELECT c.id, c.invoice_company_name, c.invoice_address, c.invoice_eori, c.invoice_vat_number,
                   c.invoice_country_of_origin, c.invoice_hs_code, c.invoice_reason_for_export, c.invoice_terms_of_sale
            FROM sales_channel c WHERE c.id IN (SELECT channel_id FROM orders WHERE id = ANY (?))""";

    private AttentionRules() {
    }

    /** Judges the orders again; answers how many reasons were raised (timeline lines written). */
    static int judge(Connection connection, Collection<Long> orderIds, Instant now, String actor) throws SQLException {
        if (orderIds.isEmpty()) {
            return 0;
        }
        Array ids = connection.createArrayOf("bigint", orderIds.toArray());
        List<Long> channels = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        invoiceGaps(connection, ids, channels, missing);
        try (PreparedStatement s = connection.prepareStatement(JUDGE)) {
            s.setArray(1, connection.createArrayOf("bigint", channels.toArray()));
            s.setArray(2, connection.createArrayOf("text", missing.toArray()));
            s.setArray(3, ids);
            s.setObject(4, now.atOffset(ZoneOffset.UTC));
            s.setObject(5, now.atOffset(ZoneOffset.UTC));
            s.setString(6, actor);
            return s.executeUpdate();
        }
    }

    /** What each channel's commercial invoice lacks for customs, in the words of the channel form. */
    private static void invoiceGaps(Connection connection, Array orderIds, List<Long> channels, List<String> missing)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INVOICES)) {
            s.setArray(1, orderIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> gaps = new CommercialInvoice(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))
                            .missingForCustoms();
                    channels.add(rs.getLong(1));
                    missing.add(gaps.isEmpty() ? null : String.join(", ", gaps));
                }
            }
        }
    }
}
