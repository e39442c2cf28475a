package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void createsAKeyOnceReadableOnlyByItsOwner() throws IOException {
        Path file = dir.resolve("data/token.key");

        byte[] first = new TokenKeyFile(file).loadOrCreate();
        byte[] again = new TokenKeyFile(file).loadOrCreate();

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void refusesAFileThatHoldsNoUsableKey() throws IOException {
        Path file = Files.writeString(dir.resolve("token.key"), "c2hvcnQ=");

        assertThatThrownBy(() -> new TokenKeyFile(file).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
