package org.clinicdesk.core.vitals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A NEWS2 result: points per parameter (in the order of the RCP chart), the aggregate, the single-parameter red flag
 * and the response band.
 */
public record News2Score(Map<String, Integer> points, int total, boolean redFlag, ClinicalResponse response) {
    public News2Score {
        // Map.copyOf would lose the chart order that the vitals form, the note and the printed summary show.
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }
}
