package org.clinicdesk.storage.keys;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a desk signs of the rows only it may vouch for, built the same way from an entity being written and from a row
 * pulled from the server: each field with its length, so no two different rows give the same message. A user change
 * covers the sign-in facts (name, role, password hash, active, forced change) and its version, so a signed change
 * cannot be replayed onto another row or another time; an audit event covers its place in the chain and its hash.
 */
public final class SignedRows {
    public static final String COLUMN = "signature";
    private static final Map<String, List<String>> FIELDS = Map.of(
            "app_user", List.of("id", "version", "deleted", "username", "display_name", "role", "password_hash", "active",
                    "must_change_password"),
            "audit_event", List.of("id", "site", "sequence", "previous_hash", "hash"));

    private SignedRows() {
    }

    /** Whether rows of {@code table} must carry a desk's signature. */
    public static boolean signed(String table) {
        return FIELDS.containsKey(table);
    }

    /** The message of a row of {@code table}, from its column values (the envelope columns included). */
    public static Optional<String> message(String table, Map<String, Object> columns) {
        List<String> fields = FIELDS.get(table);
        if (fields == null) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder(table).append('|');
        for (String field : fields) {
            Object value = columns.get(field);
            String text = value == null ? "" : value.toString();
            message.append(field).append('=').append(text.length()).append(':').append(text).append('|');
        }
        return Optional.of(message.toString());
    }
}
