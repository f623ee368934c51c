package org.clinicdesk.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The desk's signatures: made with Bouncy Castle for speed, they are the very bytes the JDK's Ed25519 makes with the
 * same key (signatures already stored and checked elsewhere stay valid), for a new key and for one read back.
 */
class DeskKeysTest {
    private static final String[] MESSAGES = {"", "audit_event|A|1|2026-11-30T10:00:00Z|admin|CHART_OPENED",
        "नमस्ते — user row with non-ASCII text", "x".repeat(5000)};

    @Test
    void aNewKeySignsEveryMessageAsTheJdkDoesAndTheSignatureVerifies() {
        DeskKeys keys = DeskKeys.generate();
        for (String message : MESSAGES) {
            String signature = keys.sign(message);
            assertThat(signature).isEqualTo(keys.signWithJdk(message.getBytes(StandardCharsets.UTF_8)));
            assertThat(DeskKeys.verify(keys.publicKey(), message, signature)).isTrue();
            assertThat(DeskKeys.verify(keys.publicKey(), message + ".", signature)).isFalse();
        }
    }

    @Test
    void aKeyReadBackFromTheStoreSignsAsTheOneThatWasStored() throws Exception {
        DeskKeys made = DeskKeys.generate();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:desk-keys-test")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE desk_identity (id INT PRIMARY KEY, public_key VARCHAR(200), "
                        + "private_key VARCHAR(200))");
            }
            made.store(c);
            DeskKeys read = DeskKeys.load(c).orElseThrow();
            for (String message : MESSAGES) {
                assertThat(read.sign(message)).isEqualTo(made.sign(message))
                        .isEqualTo(read.signWithJdk(message.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
