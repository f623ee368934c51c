package org.clinicdesk.core.patient;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicdesk.core.common.CoreMessages;

/**
 * How a patient's allergies read, the same on screen and on paper: "not recorded" when nobody has asked, "No known
 * allergies" only when someone recorded that (typed as "NKA", "none known" or in full), else the list.
 */
public final class Allergies {
    public static final String NONE_KNOWN = "No known allergies";
    private static final Set<String> NONE_KNOWN_SPELLINGS = Set.of("nka", "nkda", "none known", "no known allergies",
            "no known drug allergies", "none");

    private Allergies() {
    }

    /** The stored form of one typed entry: the ways of saying "none known" become {@link #NONE_KNOWN}. */
    static String normalise(String entry) {
        return NONE_KNOWN_SPELLINGS.contains(entry.strip().toLowerCase(Locale.ROOT)) ? NONE_KNOWN : entry.strip();
    }

    public static boolean recorded(List<String> allergies) {
        return !allergies.isEmpty();
    }

    /** True when the record says the patient has none known (and lists nothing else). */
    public static boolean noneKnown(List<String> allergies) {
        return allergies.size() == 1 && NONE_KNOWN.equals(allergies.get(0));
    }

    /** The text after "Allergies: ", in the chosen language where it is ours ("not recorded", "No known allergies"). */
    public static String describe(List<String> allergies) {
        if (allergies.isEmpty()) {
            return CoreMessages.text("patient.allergies.notRecorded");
        }
        return String.join(", ", allergies.stream().filter(a -> !NONE_KNOWN.equals(a) || allergies.size() == 1)
                .map(a -> NONE_KNOWN.equals(a) ? CoreMessages.text("patient.allergies.noneKnown") : a).toList());
    }
}
