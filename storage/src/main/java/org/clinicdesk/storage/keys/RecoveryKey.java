package org.clinicdesk.storage.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import org.clinicdesk.core.common.ValidationException;

/**
 * The clinic's paper key for one store: 240 random bits written as 12 groups of four base32 letters and digits,
 * then a 13th group that checks the others, so a mistyped key is told apart from a wrong one. It unwraps the store's
 * data key on a new computer or after the desk key is lost.
 */
public final class RecoveryKey {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int SECRET_BYTES = 30;
    private static final int GROUPS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] secret;

    private RecoveryKey(byte[] secret) {
        this.secret = secret;
    }

    static RecoveryKey generate() {
        byte[] b = new byte[SECRET_BYTES];
        RANDOM.nextBytes(b);
        return new RecoveryKey(b);
    }

    /**
     * Reads a key as a person types it: case, spaces and dashes do not matter, and 0/1/8 are read as O/I/B.
     * Refuses (naming the field {@code recovery-key}) a key of the wrong length or whose check group does not match.
     */
    public static RecoveryKey parse(String typed) {
        String text = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('0', 'O').replace('1', 'I').replace('8', 'B');
        int expected = (GROUPS + 1) * 4;
        if (text.length() != expected) {
            throw new ValidationException("recovery-key", "has " + text.length() + " letters and digits; a recovery key "
                    + "has " + expected + " (13 groups of 4)");
        }
        byte[] secret = decode(text.substring(0, GROUPS * 4));
        if (secret == null) {
            throw new ValidationException("recovery-key", "has a character that is not A-Z or 2-7");
        }
        if (!check(secret).equals(text.substring(GROUPS * 4))) {
            throw new ValidationException("recovery-key", "is mistyped: its last group does not match the others");
        }
        return new RecoveryKey(secret);
    }

    /** The key for wrapping the data key; derived, so the typed text itself never keys a cipher. */
    Gcm wrapping() {
        return new Gcm(Hkdf.derive(secret, "recovery key wrap", 32));
    }

    /** As it is written down: {@code ABCD-EFGH-...}, 13 groups. */
    public String formatted() {
        String all = encode(secret) + check(secret);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.length(); i += 4) {
            out.append(i == 0 ? "" : "-").append(all, i, i + 4);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecoveryKey other && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    private static String check(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return encode(Arrays.copyOf(digest, 5)).substring(0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private static byte[] decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : text.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                return null;
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
