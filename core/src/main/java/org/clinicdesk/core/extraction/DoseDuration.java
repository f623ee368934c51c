package org.clinicdesk.core.extraction;

import java.time.temporal.ChronoUnit;

/** How long a course runs: {@code x 5 days}, {@code for 2 weeks}, {@code 5/7}. */
public record DoseDuration(int amount, ChronoUnit unit) {
    public DoseDuration {
        if (amount <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("duration unit must be days, weeks or months");
        }
    }
}
