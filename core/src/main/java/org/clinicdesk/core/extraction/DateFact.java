package org.clinicdesk.core.extraction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.common.DateOrder;

/**
 * A date in the text. When day and month could be swapped ({@code 03/04/2024}) it is read in the clinic's
 * {@link DateOrder} and flagged: {@code alternative} holds the other reading, so the reviewer is asked, never
 * silently guessed for.
 */
public record DateFact(LocalDate date, DateRole role, Optional<LocalDate> alternative, SourceSpan span,
                       double confidence) implements ClinicalFact {
    public DateFact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }

    public boolean dayMonthAmbiguous() {
        return alternative.isPresent();
    }
}
