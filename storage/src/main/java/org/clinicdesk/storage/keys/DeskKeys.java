package org.clinicdesk.storage.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * This desk's Ed25519 key pair (the JDK's own provider), made when the store becomes a site and kept in the store.
 * Its public key is registered on the central server when the store claims its site; other desks check this desk's
 * user changes and audit events against it.
 */
public final class DeskKeys {
    private static final String ALGORITHM = "Ed25519";
    private final KeyPair pair;
    /**
     * The same private key for Bouncy Castle's Ed25519, which signs many times faster than the JDK's own (an import
     * signs an audit event per patient); Ed25519 signatures are deterministic, so both give the same bytes. Empty if
     * the key does not give its seed (then the JDK signs).
     */
    private final Optional<Ed25519PrivateKeyParameters> fast;

    private DeskKeys(KeyPair pair) {
        this.pair = pair;
        this.fast = pair.getPrivate() instanceof EdECPrivateKey k
                ? k.getBytes().map(seed -> new Ed25519PrivateKeyParameters(seed, 0)) : Optional.empty();
    }

    /** A new key pair, not yet stored (a joining desk registers it on the server before it makes its store). */
    public static DeskKeys generate() {
        try {
            return new DeskKeys(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519 (it is part of Java 15 and later)", e);
        }
    }

    /** The store's keys, if it has any yet. */
    public static Optional<DeskKeys> load(DataSource store) {
        try (Connection c = store.getConnection()) {
            return load(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read this desk's keys: " + e.getMessage(), e);
        }
    }

    /** The keys as {@code c} sees them (inside its transaction). */
    public static Optional<DeskKeys> load(Connection c) {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT public_key, private_key FROM desk_identity WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(rs.getString(1))));
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rs.getString(2))));
            return Optional.of(new DeskKeys(new KeyPair(pub, priv)));
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read this desk's keys: " + e.getMessage(), e);
        }
    }

    /** Keeps the keys in the store (once; a store never changes its keys). */
    public void store(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO desk_identity (id, public_key, private_key) "
                + "SELECT 1, ?, ? WHERE NOT EXISTS (SELECT 1 FROM desk_identity)")) {
            ps.setString(1, publicKey());
            ps.setString(2, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            ps.executeUpdate();
        }
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public String sign(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (fast.isPresent()) {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, fast.get());
            signer.update(bytes, 0, bytes.length);
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        }
        return signWithJdk(bytes);
    }

    /** The JDK's Ed25519 signature of {@code bytes}, Base64 (the same bytes as {@link #sign} gives). */
    String signWithJdk(byte[] bytes) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(bytes);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with this desk's key", e);
        }
    }

    /** Whether {@code signature} is {@code message} signed by the key {@code publicKey} (both Base64). */
    public static boolean verify(String publicKey, String message, String signature) {
        if (publicKey == null || signature == null || signature.isBlank()) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
