package org.clinicdesk.core.fhir;

import java.time.Instant;
import java.util.UUID;

/**
 * One source record already imported: its key (an identifier {@code identifier:system|value}, a fullUrl, or
 * {@code Type/id}), what it became in the store and for which patient.
 */
public record ImportedSource(String key, String resourceType, UUID targetId, UUID patientId, String fileName,
                             Instant importedAt, String importedBy) {
    public static final String IDENTIFIER_PREFIX = "identifier:";

    /** The identifier {@code system|value} this key keeps, if it is an identifier key. */
    public java.util.Optional<String[]> identifier() {
        if (!key.startsWith(IDENTIFIER_PREFIX)) {
            return java.util.Optional.empty();
        }
        String rest = key.substring(IDENTIFIER_PREFIX.length());
        int bar = rest.indexOf('|');
        return java.util.Optional.of(bar < 0 ? new String[] {"", rest} : new String[] {rest.substring(0, bar), rest.substring(bar + 1)});
    }
}
