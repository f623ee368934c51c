package org.clinicdesk.app.summary;

import java.time.Duration;
import java.util.List;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.notes.SoapNote;

/** The overridden flags that belong on a note's printed summary: those overridden while it was written and signed. */
public final class OverriddenAtSigning {
    /** The override and the signature are one transaction; the slack covers a slow store. */
    private static final Duration SLACK = Duration.ofMinutes(1);

    private OverriddenAtSigning() {
    }

    public static List<VisitSummary.OverriddenFlag> of(List<FlagRecord> overridden, SoapNote note) {
        return overridden.stream()
                .filter(r -> note.signedAt() != null && !r.changedAt().isAfter(note.signedAt().plus(SLACK))
                        && !r.changedAt().isBefore(note.createdAt().minus(SLACK)))
                .map(r -> new VisitSummary.OverriddenFlag(r.kind().words() + ": " + r.explanationText(), r.reason(),
                        r.changedBy(), r.changedAt()))
                .toList();
    }
}
