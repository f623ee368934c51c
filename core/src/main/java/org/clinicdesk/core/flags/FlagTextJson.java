package org.clinicdesk.core.flags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A flag's words as the store and sync keep them: {@code {"v":1,"t":NODE}} where a NODE is a string (a value), {@code
 * {"k":KEY,"a":[NODE...]}} (a message) or {@code {"j":SEPARATOR,"p":[NODE...]}} (pieces joined). Reading is strict and
 * bounded, since another desk wrote it: anything else, too deep or too long reads as no words at all (the stored plain
 * explanation is shown instead).
 */
public final class FlagTextJson {
    /** The column's length; longer words are not stored (the plain explanation stands alone). */
    public static final int MAX_LENGTH = 4000;
    static final int MAX_DEPTH = 6;
    static final int MAX_NODES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FlagTextJson() {
    }

    /** The JSON of {@code text}, or "" when it is longer than the column. */
    public static String write(FlagText text) {
        ObjectNode root = NODES.objectNode();
        root.put("v", 1);
        root.set("t", node(text));
        try {
            String json = JSON.writeValueAsString(root);
            return json.length() <= MAX_LENGTH ? json : "";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a flag's words", e);
        }
    }

    /** The words stored as {@code json}; empty for "" (an older row) and for anything that is not such a text. */
    public static Optional<FlagText> read(String json) {
        if (json == null || json.isBlank() || json.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject() || root.size() != 2 || root.path("v").asInt() != 1) {
                return Optional.empty();
            }
            return Optional.of(text(root.get("t"), 0, new int[] {0}));
        } catch (JsonProcessingException | Malformed e) {
            return Optional.empty();
        }
    }

    private static JsonNode node(FlagText text) {
        if (text instanceof FlagText.Value v) {
            return NODES.textNode(v.value());
        }
        ObjectNode o = NODES.objectNode();
        ArrayNode list = NODES.arrayNode();
        if (text instanceof FlagText.Message m) {
            o.put("k", m.key());
            m.args().forEach(a -> list.add(node(a)));
            o.set("a", list);
        } else {
            FlagText.Joined j = (FlagText.Joined) text;
            o.put("j", j.separator());
            j.parts().forEach(p -> list.add(node(p)));
            o.set("p", list);
        }
        return o;
    }

    private static FlagText text(JsonNode n, int depth, int[] count) {
        if (n == null || depth > MAX_DEPTH || ++count[0] > MAX_NODES) {
            throw new Malformed();
        }
        if (n.isTextual()) {
            return FlagText.value(n.asText());
        }
        if (!n.isObject() || n.size() != 2) {
            throw new Malformed();
        }
        if (n.path("k").isTextual() && FlagText.KEY.matcher(n.get("k").asText()).matches()) {
            return new FlagText.Message(n.get("k").asText(), list(n.get("a"), depth, count));
        }
        if (n.path("j").isTextual() && FlagText.SEPARATORS.contains(n.get("j").asText())) {
            return FlagText.joined(n.get("j").asText(), list(n.get("p"), depth, count));
        }
        throw new Malformed();
    }

    private static List<FlagText> list(JsonNode n, int depth, int[] count) {
        if (n == null || !n.isArray()) {
            throw new Malformed();
        }
        List<FlagText> out = new ArrayList<>();
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            out.add(text(it.next(), depth + 1, count));
        }
        return out;
    }

    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
