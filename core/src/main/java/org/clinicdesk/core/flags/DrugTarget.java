package org.clinicdesk.core.flags;

/** One side of a knowledge rule: an ingredient ("warfarin") or a whole class ("class:nsaid"). */
public record DrugTarget(boolean isClass, String id) {
    static DrugTarget parse(String text, Knowledge.Builder known, KnowledgeCsv.Row row) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "class:", 0, 6)) {
            String id = t.substring(6).strip().toLowerCase(java.util.Locale.ROOT);
            if (!known.classes.containsKey(id)) {
                throw row.error("'" + t + "' is not a known drug class");
            }
            return new DrugTarget(true, id);
        }
        return new DrugTarget(false, known.ingredientOf(t).orElseThrow(
                () -> row.error("'" + t + "' is not a known ingredient or class (write class:NAME for a class)")));
    }

    public String written() {
        return isClass ? "class:" + id : id;
    }
}
