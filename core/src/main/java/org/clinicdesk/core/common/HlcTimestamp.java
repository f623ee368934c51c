package org.clinicdesk.core.common;

import java.util.Comparator;
import java.util.Objects;

/**
 * A hybrid logical clock reading: wall time, a counter for events in the same millisecond, and the site that made
 * it. Total order (wall, counter, site) decides last-writer-wins identically on every desktop. The text form
 * sorts the same way as the value, so the database can compare versions as strings.
 */
public record HlcTimestamp(long wallMillis, int counter, String site) implements Comparable<HlcTimestamp> {
    private static final Comparator<HlcTimestamp> ORDER = Comparator.comparingLong(HlcTimestamp::wallMillis)
            .thenComparingInt(HlcTimestamp::counter)
            .thenComparing(HlcTimestamp::site);

    public HlcTimestamp {
        Objects.requireNonNull(site, "site");
        if (wallMillis < 0 || counter < 0) {
            throw new IllegalArgumentException("negative clock reading");
        }
    }

    @Override
    public int compareTo(HlcTimestamp other) {
        return ORDER.compare(this, other);
    }

    /** Fixed-width text: 15-digit millis, 6-digit counter, site code. */
    public String encode() {
        // by hand rather than String.format: a push encodes every field version of every row it sends
        StringBuilder text = new StringBuilder(23 + site.length());
        padded(text, Long.toString(wallMillis), 15).append('-');
        return padded(text, Integer.toString(counter), 6).append('-').append(site).toString();
    }

    private static StringBuilder padded(StringBuilder text, String digits, int width) {
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    public static HlcTimestamp decode(String text) {
        if (text == null) {
            throw new ValidationException("version", CoreMessages.text("common.missing"));
        }
        String[] parts = text.split("-", 3);
        if (parts.length != 3 || parts[0].length() != 15 || parts[1].length() != 6 || parts[2].isEmpty()) {
            throw new ValidationException("version", CoreMessages.text("common.version.format", text));
        }
        try {
            return new HlcTimestamp(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new ValidationException("version", CoreMessages.text("common.version.format", text));
        }
    }

    @Override
    public String toString() {
        return encode();
    }
}
