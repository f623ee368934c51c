package org.clinicdesk.core.vitals;

import java.util.Map;

/** A NEWS2 result: points per parameter, the aggregate, the single-parameter red flag and the response band. */
public record News2Score(Map<String, Integer> points, int total, boolean redFlag, ClinicalResponse response) {
    public News2Score {
        points = Map.copyOf(points);
    }
}
