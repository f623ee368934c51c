package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.core.fhir.ImportLimits;

/**
 * One file of the previous system's export, read whole and checked for its shape before anything is stored:
 * {@code patients.json} is an object keyed by patient id, {@code queue.json} a list, {@code notes.json} and
 * {@code history.json} objects of patient id to a list. Its records come out with their JSON pointers.
 */
final class LegacyFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The files of the export, in the order they are imported (patients first: the others refer to them). */
    enum Kind {
        PATIENTS("patients.json", "patient_id", "patient"), QUEUE("queue.json", "queue_id", "queue"),
        NOTES("notes.json", "note_id", "note"), HISTORY("history.json", "history_id", "history");

        final String fileName;
        final String idField;
        /** The key's prefix: {@code legacy:patient:PAT_0A1B2C3D}. */
        final String keyPrefix;

        Kind(String fileName, String idField, String record) {
            this.fileName = fileName;
            this.idField = idField;
            this.keyPrefix = "legacy:" + record + ":";
        }
    }

    private LegacyFile() {
    }

    /** The export's files present in {@code path} (a folder, or one of the four files), in import order. */
    static List<Path> filesOf(Path path) {
        if (Files.isRegularFile(path)) {
            kindOf(path);
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ValidationException("DIR", CoreMessages.text("legacy.neitherFolderNor", path));
        }
        List<Path> files = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (Files.isRegularFile(path.resolve(k.fileName))) {
                files.add(path.resolve(k.fileName));
            }
        }
        if (files.isEmpty()) {
            throw new ValidationException("DIR", CoreMessages.text("legacy.holdsNonePatients", path));
        }
        return files;
    }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.fileName.equals(name)) {
                return k;
            }
        }
        throw new ValidationException("file", CoreMessages.text("legacy.notPatientsJson", file));
    }

    /** Reads and checks the file; a refusal names the position (line and column, or JSON pointer) and the reason. */
    static List<LegacyRecord> read(Path file, ImportLimits limits) {
        Kind kind = kindOf(file);
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ValidationException("file", CoreMessages.text("common.cannotRead", e.getMessage()));
        }
        if (size > limits.maxBundleBytes()) {
            throw new ValidationException("file", CoreMessages.text("legacy.file.tooLarge",
                    ImportLimits.megabytes(size), ImportLimits.megabytes(limits.maxBundleBytes())));
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String field = at == null ? "file" : CoreMessages.text("legacy.lineColumn",
                    Integer.toString(at.getLineNr()),
                    Integer.toString(at.getColumnNr()));
            throw new ValidationException(field, CoreMessages.text("legacy.json.invalid", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ValidationException("file", CoreMessages.text("common.cannotRead", e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ValidationException("file", CoreMessages.text("common.empty"));
        }
        if (root.isObject() && root.has("resourceType")) {
            String resourceType = root.get("resourceType").asText();
            throw new ValidationException("/resourceType", CoreMessages.text("legacy.isFhir", resourceType));
        }
        List<LegacyRecord> records = kind == Kind.QUEUE ? list(kind, name, root) : grouped(kind, name, root);
        if (records.size() > limits.maxBundleEntries()) {
            throw new ValidationException("file", CoreMessages.text("legacy.file.tooManyRecords",
                    String.valueOf(records.size()), String.valueOf(limits.maxBundleEntries())));
        }
        return records;
    }

    private static List<LegacyRecord> list(Kind kind, String name, JsonNode root) {
        if (!root.isArray()) {
            throw new ValidationException("/", CoreMessages.text("legacy.queue.notList", type(root), name));
        }
        List<LegacyRecord> records = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            records.add(new LegacyRecord(kind, name, i, "/" + i, key(kind, n), text(n, "patient_id"), n));
        }
        return records;
    }

    /** patients.json (patient id to record) and notes/history (patient id to a list of records). */
    private static List<LegacyRecord> grouped(Kind kind, String name, JsonNode root) {
        if (!root.isObject()) {
            throw new ValidationException("/", CoreMessages.text("legacy.file.notObject", type(root), name));
        }
        List<LegacyRecord> records = new ArrayList<>();
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            String patient = group.getKey();
            String pointer = "/" + escape(patient);
            if (kind == Kind.PATIENTS) {
                records.add(new LegacyRecord(kind, name, index++, pointer, key(kind, group.getValue(), patient), patient,
                        group.getValue()));
            } else if (!group.getValue().isArray()) {
                // one record that stands for the whole group, so that it is counted and reported as skipped
                records.add(new LegacyRecord(kind, name, index++, pointer, "", patient, group.getValue()));
            } else {
                for (int i = 0; i < group.getValue().size(); i++) {
                    JsonNode n = group.getValue().get(i);
                    records.add(new LegacyRecord(kind, name, index++, pointer + "/" + i, key(kind, n), patient, n));
                }
            }
        }
        return records;
    }

    private static String key(Kind kind, JsonNode n) {
        return key(kind, n, "");
    }

    /**
     * The key a record is remembered by: its id in the previous system, else (a record without one) a digest of its
     * content, which is the same when the same export is imported again.
     */
    private static String key(Kind kind, JsonNode n, String fallback) {
        String id = text(n, kind.idField);
        if (id.isEmpty()) {
            id = fallback;
        }
        if (id.isEmpty()) {
            id = "sha256:" + Sha256.hex(n.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        }
        return kind.keyPrefix + id;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
    }

    static String type(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isNull() ? "null" : "a " + n.getNodeType();
    }

    /** RFC 6901: "~" and "/" in a key are escaped. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
