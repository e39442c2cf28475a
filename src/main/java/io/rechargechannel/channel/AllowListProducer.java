package io.rechargechannel.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** Builds the base-URL allow-list from {@code recharge.allowed-base-urls} (env RECHARGE_ALLOWED_BASE_URLS). */
@ApplicationScoped
class AllowListProducer {

    @Produces
    @Singleton
    BaseUrlAllowList allowList(@ConfigProperty(name = "recharge.allowed-base-urls",
            defaultValue = "https://api.rechargeapps.com") List<String> allowed) {
        return BaseUrlAllowList.of(allowed);
    }
}
