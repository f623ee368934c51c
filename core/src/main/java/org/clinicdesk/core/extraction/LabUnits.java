package org.clinicdesk.core.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The units lab reports print, and OCR's usual ways of garbling them: {@code mIU/L} read as {@code mlU/L},
 * {@code 10^3/uL} as {@code 10*3/uL} or {@code 1043/uL}. A unit that is one slip away from a known one is read as
 * that one.
 */
final class LabUnits {
    private static final List<String> KNOWN = List.of("g/dL", "mg/dL", "mmol/L", "%", "10^3/uL", "10^6/uL",
            "10^9/L", "10^12/L", "mIU/L", "µIU/mL", "U/L", "IU/L", "mm/hr", "mm/h", "mg/L", "/cumm", "g/L", "umol/L",
            "pg/mL", "ng/mL", "ng/dL", "fL", "pg", "mEq/L", "cells/cumm", "lakhs/cumm");

    private LabUnits() {
    }

    /** The known unit the printed one stands for; empty when it is none of them. */
    static Optional<String> canonical(String printed) {
        String s = skeleton(printed);
        for (String k : KNOWN) {
            if (skeleton(k).equals(s)) {
                return Optional.of(k);
            }
        }
        if (s.length() >= 5) {
            for (String k : KNOWN) {
                if (skeleton(k).length() >= 5 && Levenshtein.distance(skeleton(k), s, 1) <= 1) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** Case and the letters OCR confuses (I, l, 1, |; * and ^) folded together. */
    private static String skeleton(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace('*', '^').replace('i', 'l').replace('|', 'l').replace("µ", "u");
    }
}
