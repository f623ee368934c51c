package org.clinicdesk.core.flags;

/**
 * An edge of the clinical graph with what it means ("takes", "contains", "is a", "major: bleeding"), kept as
 * {@link FlagText} so it reads in the reader's language. Each edge is its own object, as the graph requires, so equality
 * is identity.
 */
public final class FlagEdge {
    private final FlagText words;

    FlagEdge(FlagText words) {
        this.words = words;
    }

    FlagEdge(Relation relation) {
        this(FlagText.message(relation.key()));
    }

    /** The plain relations of the graph; every other edge is a rule's step. */
    public enum Relation {
        TAKES("takes"), CONTAINS("contains"), IS_A("isA"), HAS("has"), MEANS("means"), ALLERGIC_TO("allergicTo"),
        MEASURED("measured"), SCORED("scored");

        private final String key;

        Relation(String name) {
            this.key = ClinicalFlag.RELATION + name;
        }

        /** Its words in core's bundle (flag.relation.*). */
        public String key() {
            return key;
        }
    }

    public FlagText words() {
        return words;
    }

    /** What the edge means, in the language core speaks now. */
    public String label() {
        return words.text();
    }

    @Override
    public String toString() {
        return label();
    }
}
