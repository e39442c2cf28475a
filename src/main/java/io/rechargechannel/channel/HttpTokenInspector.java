package io.rechargechannel.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link TokenInspector} over the JDK HTTP client. Redirects are not followed, so the token only
 * goes to the allow-listed host. To be replaced by a call through {@code ReChargeClient}.
 */
@ApplicationScoped
class HttpTokenInspector implements TokenInspector {

    static final String API_VERSION = "2021-11";

    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    HttpTokenInspector(ObjectMapper json, ChannelConfig config) {
        this.json = json;
        this.timeout = config.tokenCheckTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public TokenInspection inspect(URI baseUrl, String token) {
        URI endpoint = URI.create(baseUrl + "/token_information");
        try {
            HttpResponse<String> response = http.send(request(endpoint, token), HttpResponse.BodyHandlers.ofString());
            Log.debugf("token_information at %s answered HTTP %d", baseUrl.getHost(), response.statusCode());
            return toInspection(response);
        } catch (IOException e) {
            return TokenInspection.unreachable("ReCharge at " + baseUrl + " could not be reached (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TokenInspection.unreachable("The token check was interrupted");
        }
    }

    private HttpRequest request(URI endpoint, String token) {
        return HttpRequest.newBuilder(endpoint).timeout(timeout).GET()
                .header("X-Recharge-Access-Token", token)
                .header("X-Recharge-Version", API_VERSION)
                .header("Accept", "application/json")
                .build();
    }

    private TokenInspection toInspection(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return TokenInspection.rejected("ReCharge answered HTTP " + status + " to the token check");
        }
        if (status != 200) {
            return TokenInspection.unreachable("ReCharge answered HTTP " + status + " to the token check");
        }
        JsonNode information = tokenInformation(response.body());
        if (!information.isObject()) {
            return TokenInspection.unreachable("ReCharge's answer to the token check had no token_information");
        }
        Set<String> scopes = new LinkedHashSet<>();
        information.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        return TokenInspection.accepted(information.path("name").asText(null), scopes);
    }

    private JsonNode tokenInformation(String body) {
        try {
            return json.readTree(body).path("token_information");
        } catch (JsonProcessingException e) {
            return json.missingNode();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? "network error" : e.getMessage();
    }
}
