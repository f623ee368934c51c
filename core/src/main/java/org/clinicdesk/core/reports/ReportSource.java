package org.clinicdesk.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Outgoing port: what the store holds for a report, read in a few queries rather than entry by entry. */
public interface ReportSource {
    /** Queue entries whose service date is from {@code first} to {@code last} inclusive, with their moves. */
    List<ReportVisit> visits(LocalDate first, LocalDate last);

    /** Notes signed from {@code start} (inclusive) to {@code end} (exclusive), each with its latest content. */
    List<SignedNote> notesSignedBetween(Instant start, Instant end);
}
