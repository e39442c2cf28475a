package io.rechargechannel.recharge;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One REST client per base URL, built on first use and shared by every token on that URL. */
@ApplicationScoped
class ReChargeApis {

    private final ReChargeClientConfig config;
    private final Map<URI, ReChargeApi> byBaseUrl = new ConcurrentHashMap<>();

    ReChargeApis(ReChargeClientConfig config) {
        this.config = config;
    }

    ReChargeApi forBaseUrl(URI baseUrl) {
        return byBaseUrl.computeIfAbsent(baseUrl, this::build);
    }

    private ReChargeApi build(URI baseUrl) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .followRedirects(false)
                .build(ReChargeApi.class);
    }
}
