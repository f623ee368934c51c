package org.clinicdesk.core.notes;

import java.util.Locale;
import java.util.OptionalInt;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How often a medicine is taken, in the abbreviations prescriptions use. */
public enum Frequency {
    OD("once a day", 1), BD("twice a day", 2), TDS("three times a day", 3), QID("four times a day", 4),
    QHS("at bedtime", 1), PRN("when needed", 0), Q4H("every 4 hours", 6), Q6H("every 6 hours", 4),
    Q8H("every 8 hours", 3), STAT("once, immediately", 0), WEEKLY("once a week", 0);

    private final String meaning;
    private final int dosesPerDay;

    Frequency(String meaning, int dosesPerDay) {
        this.meaning = meaning;
        this.dosesPerDay = dosesPerDay;
    }

    public String meaning() {
        return meaning;
    }

    /** Doses per day where fixed; empty for PRN, STAT and weekly. */
    public OptionalInt dosesPerDay() {
        return dosesPerDay == 0 ? OptionalInt.empty() : OptionalInt.of(dosesPerDay);
    }

    public static Frequency parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("frequency", CoreMessages.text("notes.frequency.missing"));
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace(".", "").replace(" ", "");
        switch (key) {
            case "QD", "ONCEDAILY", "1-0-0", "0-0-1" -> {
                return OD;
            }
            case "BID", "1-0-1" -> {
                return BD;
            }
            case "TID", "1-1-1" -> {
                return TDS;
            }
            case "HS", "ATBEDTIME" -> {
                return QHS;
            }
            case "SOS" -> {
                return PRN;
            }
            default -> {
                try {
                    return valueOf(key);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("frequency", CoreMessages.text("notes.frequency.unknown", text));
                }
            }
        }
    }
}
