package io.rechargechannel.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * The tests' SMTP server: GreenMail on the port {@link SmtpTestResource} gave Quarkus Mailer. Started on first
 * use and shared; {@link #stop()} and {@link #start()} make an outage.
 */
public final class Smtp {

    private static GreenMail server;

    private Smtp() {
    }

    /** The running server (started if needed), with its mailboxes emptied. */
    public static synchronized GreenMail fresh() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    public static synchronized void start() {
        if (server == null || !server.isRunning()) {
            int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static synchronized List<MimeMessage> received() {
        start();
        return List.of(server.getReceivedMessages());
    }
}
