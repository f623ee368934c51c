package org.clinicdesk.storage.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF-SHA256 (RFC 5869): one secret, several independent keys, each named by its label. */
final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final byte[] SALT = "clinicdesk-store-v1".getBytes(StandardCharsets.US_ASCII);

    private Hkdf() {
    }

    static byte[] derive(byte[] secret, String label, int length) {
        try {
            Mac extract = Mac.getInstance(HMAC);
            extract.init(new SecretKeySpec(SALT, HMAC));
            byte[] prk = extract.doFinal(secret);
            Mac expand = Mac.getInstance(HMAC);
            expand.init(new SecretKeySpec(prk, HMAC));
            byte[] out = new byte[length];
            byte[] block = new byte[0];
            int done = 0;
            for (int i = 1; done < length; i++) {
                expand.update(block);
                expand.update(label.getBytes(StandardCharsets.UTF_8));
                expand.update((byte) i);
                block = expand.doFinal();
                int n = Math.min(block.length, length - done);
                System.arraycopy(block, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HMAC-SHA256", e);
        }
    }
}
