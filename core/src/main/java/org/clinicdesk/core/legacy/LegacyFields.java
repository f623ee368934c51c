package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;

/**
 * Reads the fields of one legacy record; every refusal names the field by its JSON pointer. The previous system
 * wrote local times without a zone ({@code 2025-11-01T09:52:00.000000}); they are read in this computer's zone.
 */
final class LegacyFields {
    private final LegacyRecord record;
    private final ZoneId zone;
    private final Instant now;

    LegacyFields(LegacyRecord record, ZoneId zone, Instant now) {
        this.record = record;
        this.zone = zone;
        this.now = now;
    }

    JsonNode node() {
        return record.node();
    }

    String text(String field) {
        return LegacyFile.text(record.node(), field);
    }

    String required(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            throw refused(field, "is missing");
        }
        return v;
    }

    /** The strings of a list field (a single string counts as a list of one). */
    List<String> texts(JsonNode parent, String field) {
        List<String> result = new ArrayList<>();
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) {
            return result;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    result.add(x.asText().strip());
                }
            });
        } else if (v.isValueNode() && !v.asText().isBlank()) {
            result.add(v.asText().strip());
        }
        return result;
    }

    Instant time(String field) {
        return optionalTime(field).orElseThrow(() -> refused(field, "is missing"));
    }

    /** A date and time, ISO with or without a zone and fraction, or a bare date (its start); never in the future. */
    Optional<Instant> optionalTime(String field) {
        String v = text(field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Instant at;
        try {
            if (v.length() == 10) {
                at = LocalDate.parse(v).atStartOfDay(zone).toInstant();
            } else if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                at = OffsetDateTime.parse(v).toInstant();
            } else {
                at = LocalDateTime.parse(v).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            String why = e.getMessage().replaceFirst("^Text '.*' could not be parsed(: | at index \\d+)?", "").strip();
            throw refused(field, "'" + v + "' is not a date and time (YYYY-MM-DDTHH:MM:SS)"
                    + (why.isEmpty() ? "" : ": " + why));
        }
        if (at.isAfter(now)) {
            throw refused(field, "'" + v + "' is in the future");
        }
        return Optional.of(at);
    }

    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    ValidationException refused(String field, String reason) {
        return new ValidationException(record.field(field), reason);
    }

    /** A refusal from a domain parser (name, phone, date of birth), moved onto this record's field. */
    ValidationException refused(String field, ValidationException e) {
        return refused(field, e.reason());
    }
}
