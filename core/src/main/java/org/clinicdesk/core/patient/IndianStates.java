package org.clinicdesk.core.patient;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** India's 28 states and 8 union territories, as the registration form offers them (names as the Census writes them). */
public final class IndianStates {
    public static final List<String> ALL = List.of(
            "Andaman and Nicobar Islands", "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chandigarh",
            "Chhattisgarh", "Dadra and Nagar Haveli and Daman and Diu", "Delhi", "Goa", "Gujarat", "Haryana",
            "Himachal Pradesh", "Jammu and Kashmir", "Jharkhand", "Karnataka", "Kerala", "Ladakh", "Lakshadweep",
            "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Puducherry",
            "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
            "West Bengal");

    private IndianStates() {
    }

    /** The state or territory named (any case, extra spaces ignored), or empty. */
    public static Optional<String> find(String text) {
        String t = normal(text);
        return ALL.stream().filter(s -> normal(s).equals(t)).findFirst();
    }

    /** The one state whose name starts with what was typed ("kar" is Karnataka), for type-ahead. */
    public static Optional<String> completing(String typed) {
        String t = normal(typed);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<String> matching = ALL.stream().filter(s -> normal(s).startsWith(t)).toList();
        return matching.size() == 1 || !matching.isEmpty() && normal(matching.get(0)).equals(t)
                ? Optional.of(matching.get(0)) : Optional.empty();
    }

    static String require(String text) {
        return find(text).orElseThrow(() -> new ValidationException("state",
                CoreMessages.text("patient.state.unknown", text)));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
