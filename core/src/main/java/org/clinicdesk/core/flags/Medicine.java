package org.clinicdesk.core.flags;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A medicine the patient takes now, as written where it came from ("Tab Dolo 650 1-0-1", "Warfarin Sodium 5 MG Oral
 * Tablet"), with the dose per administration and doses per day when known (for the daily-dose rule).
 *
 * @param strength the written strength ("500 mg", "1 tablet"), empty when the source gives none
 */
public record Medicine(String name, String source, Optional<LocalDate> since, Optional<String> strength,
                       OptionalInt dosesPerDay) {
    public Medicine {
        name = name.strip();
    }

    public static Medicine named(String name, String source) {
        return new Medicine(name, source, Optional.empty(), Optional.empty(), OptionalInt.empty());
    }
}
