package org.clinicdesk.core.notes;

import java.util.Locale;
import java.util.OptionalInt;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How often a medicine is taken, in the abbreviations prescriptions use. */
public enum Frequency {
    OD(1), BD(2), TDS(3), QID(4), QHS(1), PRN(0), Q4H(6), Q6H(4), Q8H(3), STAT(0), WEEKLY(0);

    private final int dosesPerDay;

    Frequency(int dosesPerDay) {
        this.dosesPerDay = dosesPerDay;
    }

    /** "twice a day" for BD, in the language core speaks now (core's bundle, frequency.*). */
    public String meaning() {
        return CoreMessages.text("frequency." + name());
    }

    /** The meaning in English, for the instructions a prescription keeps (stored text does not follow the reader). */
    String englishMeaning() {
        return CoreMessages.bundle(Locale.ROOT).getString("frequency." + name());
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
