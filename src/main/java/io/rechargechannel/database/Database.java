package io.rechargechannel.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which PostgreSQL this instance runs on: the embedded single node this process started, or a server of its own
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}) that several instances may share.
 */
@ApplicationScoped
public class Database {

    private final String url;

    Database(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    public boolean embedded() {
        return embeddedServer().isPresent();
    }

    /** The embedded server's data directory, when that is what this instance runs on. */
    public Optional<Path> embeddedDataDirectory() {
        return embeddedServer().map(EmbeddedDatabase.Running::dataDirectory);
    }

    /** What the start report says: the embedded server's data directory and port, or the server's address. */
    public String describe() {
        return embeddedServer().map(server -> "embedded PostgreSQL, single node, data in " + server.dataDirectory()
                + ", port " + address().replaceFirst("^[^:]*:(\\d+).*$", "$1")).orElse("PostgreSQL at " + address());
    }

    /** Host, port and database of the URL; never its parameters (they may hold a password). */
    public String address() {
        String address = url.replaceFirst("^jdbc:postgresql://", "");
        address = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        return address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : address;
    }

    private Optional<EmbeddedDatabase.Running> embeddedServer() {
        return EmbeddedDatabase.running().filter(running -> running.url().equals(url));
    }
}
