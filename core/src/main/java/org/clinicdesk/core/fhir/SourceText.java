package org.clinicdesk.core.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of each resource as its file had it, on one line and without its narrative ({@code text}): what an
 * imported record keeps as its details, taken from the file instead of encoding the parsed resource again; and, read
 * on the way, the targets of its references (every {@code reference} string, contained resources and extensions
 * included), which the import checks. HAPI has read the same text before, so a file that is not JSON never gets
 * here; anything this reader cannot follow gives nothing, and the caller encodes and walks the parsed resource instead.
 */
final class SourceText {
    /** One resource's text and the targets of its references, in the order they are written. */
    record Read(String text, List<String> references) {
    }

    /**
     * Strict about a key written twice: HAPI keeps the last value and this reader would keep the first, so a bundle
     * with two {@code entry} arrays (or a resource with two {@code subject}s) could import one thing while its kept
     * text and checked references said another. Such a file is not read here; the import encodes with HAPI instead.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SourceText() {
    }

    /**
     * The resource of every {@code entry} of a bundle, in entry order ({@code null} for an entry without an object as
     * its resource); empty if the entries cannot be followed or are not {@code expected} many.
     */
    static Optional<List<Read>> bundleResources(String bundle, int expected) {
        try (JsonParser p = JSON.createParser(bundle)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            List<Read> resources = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("entry".equals(field) && value == JsonToken.START_ARRAY && resources == null) {
                    resources = entries(p);
                } else {
                    p.skipChildren();
                }
            }
            return resources != null && resources.size() == expected ? Optional.of(resources) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One resource (an NDJSON line); empty if it is not a JSON object. */
    static Optional<Read> resource(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            return p.nextToken() == JsonToken.START_OBJECT ? Optional.of(copyWithoutNarrative(p)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Read> entries(JsonParser p) throws IOException {
        List<Read> resources = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            Read resource = null;
            if (token == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("resource".equals(field) && value == JsonToken.START_OBJECT && resource == null) {
                        resource = copyWithoutNarrative(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            resources.add(resource);
        }
        return resources;
    }

    /** The object {@code p} stands at the start of, compact, without its own {@code text} (not its contained ones'). */
    private static Read copyWithoutNarrative(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        List<String> references = new ArrayList<>();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if ("text".equals(p.currentName())) {
                    p.nextToken();
                    p.skipChildren();
                } else {
                    g.writeFieldName(p.currentName());
                    String field = p.currentName();
                    p.nextToken();
                    copyValue(p, g, field, references);
                }
            }
            g.writeEndObject();
        }
        return new Read(out.toString(), references);
    }

    /** The value {@code p} stands at, numbers exactly as written (a FHIR decimal's digits are its precision). */
    private static void copyValue(JsonParser p, JsonGenerator g, String field, List<String> references)
            throws IOException {
        int depth = 0;
        String name = field;
        do {
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    g.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    g.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    g.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    g.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> {
                    name = p.currentName();
                    g.writeFieldName(name);
                }
                case VALUE_STRING -> {
                    if (depth > 0 && "reference".equals(name) && p.getParsingContext().inObject()) {
                        references.add(p.getText());
                    }
                    g.copyCurrentEvent(p);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                case VALUE_TRUE -> g.writeBoolean(true);
                case VALUE_FALSE -> g.writeBoolean(false);
                case VALUE_NULL -> g.writeNull();
                default -> throw new IOException("unexpected " + token);
            }
        } while (depth > 0 && p.nextToken() != null);
    }
}
