package org.clinicdesk.core.vitals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test access to the NEWS2 scoring table in the shared test data (parsed from the openEHR NEWS2 archetype). */
final class SharedNews2Table {
    private final JsonNode parameters;

    private SharedNews2Table(JsonNode parameters) {
        this.parameters = parameters;
    }

    static SharedNews2Table load() {
        String dir = System.getProperty("clinicdesk.shared.data");
        if (dir == null) {
            throw new IllegalStateException("system property clinicdesk.shared.data is not set (surefire sets it)");
        }
        Path file = Path.of(dir, "news2", "news2_scoring_table.json");
        try {
            return new SharedNews2Table(new ObjectMapper().readTree(Files.readString(file)).path("parameters"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        parameters.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Bands of one scored parameter, as in the table. */
    List<ChartBand> bands(String parameter) {
        JsonNode rows = parameters.path(parameter);
        if (!rows.isArray() || rows.isEmpty()) {
            throw new IllegalStateException("NEWS2 table has no parameter '" + parameter + "'");
        }
        List<ChartBand> bands = new ArrayList<>();
        for (JsonNode row : rows) {
            bands.add(ChartBand.parse(parameter, row.path("range_text").asText(), row.path("points").asInt()));
        }
        return bands;
    }

    /** Categorical bands (air or oxygen, consciousness): range text to points. */
    Map<String, Integer> categories(String parameter) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = parameters.path(parameter).elements(); it.hasNext(); ) {
            JsonNode row = it.next();
            points.put(row.path("range_text").asText(), row.path("points").asInt());
        }
        return points;
    }

    List<String> riskCategories() {
        List<String> texts = new ArrayList<>();
        parameters.path("Clinical risk category").forEach(row -> texts.add(row.path("text").asText()));
        return texts;
    }
}
