package org.clinicdesk.core.vitals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test reading of one band of the shared NEWS2 table, parsed from its range text ("≤8", "9-11", "≥25",
 * "88-92 or ≥93 on air", "93-94 on oxygen"): the value ranges it covers, on air, on oxygen or either, and its points.
 */
record ChartBand(String parameter, String rangeText, int points, List<Range> ranges) {

    enum Breathing { EITHER, AIR, OXYGEN }

    /** A closed range; an open end is infinite. */
    record Range(double low, double high, Breathing breathing) {
        boolean covers(double value, boolean onOxygen) {
            boolean breathingMatches = breathing == Breathing.EITHER || (breathing == Breathing.OXYGEN) == onOxygen;
            return breathingMatches && value >= low - 1e-9 && value <= high + 1e-9;
        }
    }

    static ChartBand parse(String parameter, String rangeText, int points) {
        List<Range> ranges = new ArrayList<>();
        for (String alternative : rangeText.split(" or ")) {
            ranges.add(range(alternative.strip()));
        }
        return new ChartBand(parameter, rangeText, points, List.copyOf(ranges));
    }

    boolean covers(double value, boolean onOxygen) {
        return ranges.stream().anyMatch(r -> r.covers(value, onOxygen));
    }

    Optional<Double> lowestBound() {
        return ranges.stream().map(Range::low).filter(Double::isFinite).min(Double::compare);
    }

    private static Range range(String text) {
        Breathing breathing = Breathing.EITHER;
        if (text.endsWith(" on air")) {
            breathing = Breathing.AIR;
            text = text.substring(0, text.length() - " on air".length());
        } else if (text.endsWith(" on oxygen")) {
            breathing = Breathing.OXYGEN;
            text = text.substring(0, text.length() - " on oxygen".length());
        }
        if (text.startsWith("≤")) {
            return new Range(Double.NEGATIVE_INFINITY, Double.parseDouble(text.substring(1)), breathing);
        }
        if (text.startsWith("≥")) {
            return new Range(Double.parseDouble(text.substring(1)), Double.POSITIVE_INFINITY, breathing);
        }
        String[] ends = text.split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("cannot read NEWS2 range '" + text + "'");
        }
        return new Range(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]), breathing);
    }
}
