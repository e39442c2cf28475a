package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllowListTest {

    private final BaseUrlAllowList allowList = BaseUrlAllowList.of(List.of(
            "https://api.rechargeapps.com", "http://localhost", "https://proxy.example.com:8443/recharge/"));

    @ParameterizedTest
    @ValueSource(strings = {
            "https://api.rechargeapps.com",
            "https://api.rechargeapps.com/",
            "HTTPS://API.RECHARGEAPPS.COM",
            "http://localhost:8080/sandbox/recharge",
            "http://localhost:41234",
            "https://proxy.example.com:8443/recharge",
            "https://proxy.example.com:8443/recharge/v2"})
    void allows(String url) {
        assertThat(allowList.allows(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://api.rechargeapps.com",
            "https://api.rechargeapps.com.evil.com",
            "https://evil.com/api.rechargeapps.com",
            "https://api.rechargeapps.com@evil.com",
            "http://localhost.evil.com",
            "http://localhost@evil.com",
            "http://user:pw@localhost:8080",
            "https://localhost",
            "ftp://localhost",
            "https://proxy.example.com/recharge",
            "https://proxy.example.com:8444/recharge",
            "https://proxy.example.com:8443/rechargex",
            "https://proxy.example.com:8443/recharge/../admin",
            "https://proxy.example.com:8443/recharge/%2e%2e/admin",
            "https://api.rechargeapps.com?x=1",
            "https://api.rechargeapps.com#frag",
            "api.rechargeapps.com",
            "not a url",
            ""})
    void refuses(String url) {
        assertThat(allowList.allows(url)).as(url).isFalse();
    }

    @Test
    void normalisesWhatItAllows() {
        assertThat(allowList.check("https://api.rechargeapps.com/")).contains(URI.create("https://api.rechargeapps.com"));
    }

    @Test
    void matchesTheDefaultPortOfAnEntryThatNamesIt() {
        BaseUrlAllowList explicit = BaseUrlAllowList.of(List.of("https://api.rechargeapps.com:443"));

        assertThat(explicit.allows("https://api.rechargeapps.com")).isTrue();
        assertThat(explicit.allows("https://api.rechargeapps.com:8443")).isFalse();
    }

    @Test
    void refusesAnInvalidEntry() {
        assertThatThrownBy(() -> BaseUrlAllowList.of(List.of("localhost")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
