package org.clinicdesk.core.flags;

/**
 * A vertex of the clinical graph: a patient, one of their medicines, conditions, allergies or observations, or a piece
 * of knowledge (ingredient, class, condition). Two nodes are the same vertex when kind and key agree. Its label is
 * {@link FlagText}, so "allergy: penicillin" reads in the reader's language.
 */
public record FlagNode(Type type, String key, FlagText words) {
    /** What a vertex stands for. */
    public enum Type { PATIENT, MEDICINE, INGREDIENT, DRUG_CLASS, CONDITION, ALLERGY, OBSERVATION }

    /** A vertex labelled by a name or value shown as it is. */
    public FlagNode(Type type, String key, String name) {
        this(type, key, FlagText.value(name));
    }

    /** The label in the language core speaks now. */
    public String label() {
        return words.text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlagNode n && n.type == type && n.key.equals(key);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return label();
    }

    static FlagNode ingredient(String name) {
        return new FlagNode(Type.INGREDIENT, name, capitalise(name));
    }

    static FlagNode drugClass(String id, String name) {
        return new FlagNode(Type.DRUG_CLASS, id, name);
    }

    static FlagNode condition(String id, String name) {
        return new FlagNode(Type.CONDITION, id, name);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
