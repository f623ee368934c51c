package org.clinicdesk.core.flags;

import java.util.Locale;

/** What a flag is about; each kind has its rule in {@link FlagEngine}. */
public enum FlagKind {
    INTERACTION, CONTRAINDICATION, ALLERGY, DUPLICATE_INGREDIENT, DUPLICATE_CLASS, DOSE_OVER_LIMIT, NEWS2,
    LAB_OUT_OF_RANGE, LAB_RISE, IMPLAUSIBLE_VALUE, DUPLICATE_PATIENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "interaction", in the language core speaks now (the command line and JSON keep {@link #label()}). */
    public String words() {
        return org.clinicdesk.core.common.CoreMessages.text("flag.kind." + name());
    }
}
