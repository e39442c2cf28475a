package io.rechargechannel.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A token key kept in a file next to the data, for set-ups without {@code CHANNEL_TOKEN_KEY}: created
 * once with owner-only permissions, then read back on every start so stored tokens stay readable.
 */
final class TokenKeyFile {

    private final Path path;

    TokenKeyFile(Path path) {
        this.path = path;
    }

    /** The key in the file, creating the file with a new random key when there is none. */
    byte[] loadOrCreate() {
        if (!Files.exists(path)) {
            try {
                create();
            } catch (FileAlreadyExistsException raceLost) {
                // Another process created it first: use theirs.
            } catch (IOException e) {
                throw new UncheckedIOException("could not create the token key file " + path, e);
            }
        }
        return read();
    }

    private void create() throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[TokenCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createFile(path, ownerOnly());
        Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }

    private byte[] read() {
        try {
            return TokenKeys.decode(Files.readString(path, StandardCharsets.US_ASCII), "file " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the token key file " + path, e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
