package io.rechargechannel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points Quarkus Mailer at a real SMTP server on a free port, for every {@code @QuarkusTest} (GLOBAL, like the
 * database). The server itself is {@link Smtp}'s GreenMail, started by the tests on that port, so a test can stop
 * and start it (an SMTP outage) from its own class loader.
 */
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(freePort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        // Smtp's server is a daemon of the test JVM
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
