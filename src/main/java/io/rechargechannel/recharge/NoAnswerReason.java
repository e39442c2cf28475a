package io.rechargechannel.recharge;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Why a call got no complete answer, in words an admin can act on. It ends up in channel statuses and API
 * answers, so it never names a Java class.
 */
final class NoAnswerReason {

    /** "java.net.UnknownHostException: " and the like, wherever a library put one into its message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

    private NoAnswerReason() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : CLASS_NAME.matcher(root.getMessage()).replaceAll("").strip();
        if (root instanceof UnknownHostException) {
            return "unknown host" + (message.isEmpty() ? "" : " " + message);
        }
        if (root instanceof ConnectException) {
            return "connection refused" + (message.isEmpty() ? "" : " (" + message + ")");
        }
        if (root instanceof SocketTimeoutException || root instanceof TimeoutException) {
            return "no answer within the timeout";
        }
        if (root instanceof SSLException) {
            return "TLS failed" + (message.isEmpty() ? "" : ": " + message);
        }
        return message.isEmpty() ? "the connection failed" : message;
    }
}
