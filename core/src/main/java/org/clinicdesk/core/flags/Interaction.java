package org.clinicdesk.core.flags;

/** A drug-drug interaction between two ingredients or classes, with what happens, why, what to do and its source. */
public record Interaction(DrugTarget a, DrugTarget b, FlagSeverity severity, String effect, String mechanism,
                          String action, String source) {
    boolean fromOnc() {
        return source.startsWith(Knowledge.ONC_SOURCE);
    }
}
