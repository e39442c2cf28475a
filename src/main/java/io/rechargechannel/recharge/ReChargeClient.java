package io.rechargechannel.recharge;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The ReCharge API (2021-11) as the rest of the application sees it. Every call is paced by the token's
 * leaky bucket, retried while failures are transient, and refused fast while the token's circuit is open.
 * Failures come out as {@link ReChargeException} subclasses; see each method for what it needs.
 */
@ApplicationScoped
public class ReChargeClient {

    static final int MAX_PAGE_SIZE = 250;
    private static final String OLDEST_CHANGE_FIRST = "updated_at-asc";

    private final ReChargeCalls calls;
    private final WireJson json = new WireJson();

    ReChargeClient(ReChargeCalls calls) {
        this.calls = calls;
    }

    /** {@code GET /token_information}: the token's scopes; a 401 means the token is invalid. */
    public TokenInformation tokenInformation(ReChargeCredentials credentials) {
        return calls.execute(credentials, ApiCall.get(Endpoint.TOKEN_INFORMATION, ReChargeApi::tokenInformation),
                body -> json.single(body, "token_information", TokenInformation.class)).body();
    }

    /** {@code GET /store}; needs {@code store_info}. */
    public ReChargeStore store(ReChargeCredentials credentials) {
        return calls.execute(credentials, ApiCall.get(Endpoint.STORE, ReChargeApi::store),
                body -> json.single(body, "store", ReChargeStore.class)).body();
    }

    /**
     * The first page of orders changed since {@code updatedAtMin}, oldest change first; needs
     * {@code read_orders}. Follow {@link OrderPage#nextCursor()} with {@link #nextOrdersPage}.
     */
    public OrderPage firstOrdersPage(ReChargeCredentials credentials, Instant updatedAtMin, int limit) {
        String since = DateTimeFormatter.ISO_INSTANT.format(updatedAtMin.truncatedTo(ChronoUnit.SECONDS));
        int size = pageSize(limit);
        ApiCall call = ApiCall.get(Endpoint.ORDERS,
                (api, token) -> api.ordersUpdatedSince(token, since, OLDEST_CHANGE_FIRST, size),
                "updated_at_min", since, "sort_by", OLDEST_CHANGE_FIRST, "limit", size);
        return ordersPage(credentials, call);
    }

    /** The page after {@code cursor}. Sends only cursor and limit: ReCharge answers 422 to anything more. */
    public OrderPage nextOrdersPage(ReChargeCredentials credentials, String cursor, int limit) {
        int size = pageSize(limit);
        ApiCall call = ApiCall.get(Endpoint.ORDERS, (api, token) -> api.ordersAfter(token, cursor, size),
                "cursor", cursor, "limit", size);
        return ordersPage(credentials, call);
    }

    /**
     * A page of the 2021-11 product catalog; needs {@code read_products}. Stores whose catalog lives on
     * their platform (Shopify, BigCommerce) answer {@link ProductsUnavailableException}.
     */
    public ProductPage productsPage(ReChargeCredentials credentials, String cursorOrNull, int limit) {
        int size = pageSize(limit);
        ApiCall call = ApiCall.get(Endpoint.PRODUCTS, (api, token) -> api.products(token, cursorOrNull, size),
                "cursor", cursorOrNull, "limit", size);
        ReChargeCalls.Answer<WireJson.Listed<ReChargeProduct>> answer = calls.execute(credentials, call,
                body -> json.list(body, "products", ReChargeProduct.class));
        return new ProductPage(answer.body().records(), answer.body().nextCursor(), answer.stats());
    }

    /**
     * Binds one order kept as raw JSON (a quarantined record) the same way a page's elements are bound,
     * so that a record set aside earlier can be tried again without asking ReCharge.
     */
    public WireRecord<ReChargeOrder> readOrder(String rawJson) {
        return json.record(rawJson, ReChargeOrder.class);
    }

    /** For health checks: whether calls for this token currently go through. */
    public CircuitState circuitState(ReChargeCredentials credentials) {
        return calls.circuitState(credentials);
    }

    /** While the token's circuit is open: how long until calls may try again; zero otherwise. */
    public java.time.Duration circuitPause(ReChargeCredentials credentials) {
        return calls.circuitPause(credentials);
    }

    private OrderPage ordersPage(ReChargeCredentials credentials, ApiCall call) {
        ReChargeCalls.Answer<WireJson.Listed<ReChargeOrder>> answer = calls.execute(credentials, call,
                body -> json.list(body, "orders", ReChargeOrder.class));
        return new OrderPage(answer.body().records(), answer.body().nextCursor(), answer.stats());
    }

    private static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("ReCharge pages hold 1 to " + MAX_PAGE_SIZE + " records, not " + limit);
        }
        return limit;
    }
}
