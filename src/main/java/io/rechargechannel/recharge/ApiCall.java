package io.rechargechannel.recharge;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * One request to send, possibly several times: what to call on the raw interface, plus a description
 * ({@code GET /orders?cursor=..&limit=250}) for logs and errors that never includes the token.
 */
record ApiCall(Endpoint endpoint, String query, BiFunction<ReChargeApi, String, Response> send) {

    /** {@code queryPairs} are name, value, name, value...; null values are left out, as on the wire. */
    static ApiCall get(Endpoint endpoint, BiFunction<ReChargeApi, String, Response> send, Object... queryPairs) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < queryPairs.length; i += 2) {
            if (queryPairs[i + 1] != null) {
                query.add(queryPairs[i] + "=" + URLEncoder.encode(queryPairs[i + 1].toString(), StandardCharsets.UTF_8));
            }
        }
        return new ApiCall(endpoint, query.toString(), send);
    }

    Response sendWith(ReChargeApi api, String token) {
        return send.apply(api, token);
    }

    String describe() {
        return "GET " + endpoint.path() + (query.isEmpty() ? "" : "?" + query);
    }
}
