package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.history.HistoryKind;

/**
 * A history record of the previous system as ClinicDesk history entries: a prescription, a diagnosis or a visit
 * becomes one entry, a lab result one entry per test (so that trends can read them), and a comprehensive timeline
 * summary one visit entry. Free text is kept exactly as written: dates inside it such as 03/04/2021 could be day or
 * month first, so they are not read; the entry's date is the record's {@code date}, else the day it was created.
 */
final class LegacyHistory {
    static final int MAX_SUMMARY = 2000;

    private LegacyHistory() {
    }

    /** One entry to store. */
    record Draft(HistoryKind kind, LocalDate date, String summary) {
    }

    /** The record's entries, or empty when ClinicDesk does not keep its type. */
    static Optional<List<Draft>> entries(LegacyFields f) {
        if (!f.node().isObject()) {
            throw f.refused("", "is " + LegacyFile.type(f.node()) + ", not a history record");
        }
        String type = f.required("type").toLowerCase(Locale.ROOT);
        Optional<Instant> dated = f.optionalTime("date");
        LocalDate date = f.day(dated.isPresent() ? dated.get() : f.time("created_at"));
        JsonNode content = f.node().path("content");
        List<Draft> drafts = new ArrayList<>();
        switch (type) {
            case "prescription" -> {
                List<String> medications = f.texts(content, "medications");
                if (medications.isEmpty()) {
                    throw f.refused("content/medications", "is missing or empty");
                }
                drafts.add(new Draft(HistoryKind.PRESCRIPTION, date, summary(String.join("; ", medications)
                        + labelled(" for ", String.join(", ", f.texts(content, "diagnoses")))
                        + labelled(" by ", LegacyFile.text(content, "doctor"))
                        + labelled(". ", LegacyFile.text(content, "notes")))));
            }
            case "lab_result" -> {
                JsonNode tests = content.path("tests");
                if (!tests.isArray() || tests.isEmpty()) {
                    throw f.refused("content/tests", "is missing or empty");
                }
                for (int i = 0; i < tests.size(); i++) {
                    JsonNode t = tests.get(i);
                    String name = LegacyFile.text(t, "name");
                    String value = LegacyFile.text(t, "value");
                    if (name.isEmpty() || value.isEmpty()) {
                        throw f.refused("content/tests/" + i, "needs a name and a value");
                    }
                    drafts.add(new Draft(HistoryKind.LAB_RESULT, date, summary(name + " " + value
                            + labelled(" ", LegacyFile.text(t, "unit")))));
                }
            }
            case "diagnosis" -> {
                List<String> names = f.texts(content, "diagnoses");
                names.addAll(f.texts(content, "diagnosis"));
                if (names.isEmpty()) {
                    throw f.refused("content/diagnosis", "is missing");
                }
                drafts.add(new Draft(HistoryKind.DIAGNOSIS, date, summary(String.join(", ", names))));
            }
            case "visit" -> drafts.add(new Draft(HistoryKind.VISIT, date, summary(text(content, f))));
            case "comprehensive_timeline" -> {
                String summary = f.required("timeline_summary");
                String documents = f.text("document_count");
                drafts.add(new Draft(HistoryKind.VISIT, date, summary("Timeline summary from the previous system"
                        + (documents.isEmpty() ? "" : " (" + documents + " documents)") + ": " + summary)));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(drafts);
    }

    private static String text(JsonNode content, LegacyFields f) {
        for (String field : List.of("summary", "reason", "notes", "text", "description")) {
            if (!LegacyFile.text(content, field).isEmpty()) {
                return "Visit: " + LegacyFile.text(content, field);
            }
        }
        if (content.isObject() && !content.isEmpty()) {
            return "Visit: " + content;
        }
        throw f.refused("content", "is missing: a visit says what happened");
    }

    private static String labelled(String label, String value) {
        return value.isEmpty() ? "" : label + value;
    }

    private static String summary(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }
}
