package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ReChargeCredentialsTest {

    private static final String TOKEN = "sk_2x1_0123456789abcdef0123456789abcdef";

    @Test
    void toStringShowsOnlyTheLastFourCharactersOfTheToken() {
        ReChargeCredentials credentials = new ReChargeCredentials(URI.create("https://api.rechargeapps.com"), TOKEN);

        assertThat(credentials.toString()).doesNotContain(TOKEN).doesNotContain("sk_2x1_").endsWith("****cdef]");
    }

    @Test
    void textEchoingTheTokenIsScrubbed() {
        assertThat(TokenMask.scrub("token " + TOKEN + " is invalid", TOKEN)).isEqualTo("token ****cdef is invalid");
    }

    @Test
    void shortTokensAreMaskedCompletely() {
        assertThat(TokenMask.mask("abc12345")).isEqualTo("****");
    }
}
