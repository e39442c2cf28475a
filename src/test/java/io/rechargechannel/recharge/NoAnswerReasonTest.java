package io.rechargechannel.recharge;

import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a channel status and an API answer say when ReCharge gave no answer: words, never a Java class. */
class NoAnswerReasonTest {

    @Test
    void namesAnUnknownHost() {
        assertThat(NoAnswerReason.of(new ProcessingException(new UnknownHostException("api.rechargeapps.com"))))
                .isEqualTo("unknown host api.rechargeapps.com");
    }

    @Test
    void namesARefusedConnection() {
        assertThat(NoAnswerReason.of(new ProcessingException(new ConnectException("Connection refused: localhost/127.0.0.1:1"))))
                .isEqualTo("connection refused (Connection refused: localhost/127.0.0.1:1)");
    }

    @Test
    void dropsClassNamesFromALibrarysMessage() {
        assertThat(NoAnswerReason.of(new ProcessingException(
                new IllegalStateException("io.vertx.core.VertxException: Connection was closed"))))
                .isEqualTo("Connection was closed");
        assertThat(NoAnswerReason.of(new ProcessingException((String) null))).isEqualTo("the connection failed");
    }
}
