package org.clinicdesk.core.flags;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.flags.KnowledgeRules.AllergyRule;
import org.clinicdesk.core.flags.KnowledgeRules.Component;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionDef;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionRule;
import org.clinicdesk.core.flags.KnowledgeRules.DoseLimit;
import org.clinicdesk.core.flags.KnowledgeRules.DrugClass;
import org.clinicdesk.core.flags.KnowledgeRules.Ingredient;
import org.clinicdesk.core.flags.KnowledgeRules.LabDef;
import org.clinicdesk.core.flags.KnowledgeRules.LabRule;
import org.jgrapht.Graph;

/**
 * The clinical knowledge the flags come from, read from the data files shipped in this package (see SOURCES.md there)
 * plus the clinic's own interactions; immutable once built, and also held as a JGraphT graph (ingredients, classes,
 * conditions and the interaction and contraindication edges between them) that each patient's graph is joined to.
 */
public final class Knowledge {
    static final String ONC_SOURCE = "ONC high-priority list";
    static final String CLINIC_SOURCE = "clinic interactions";
    static final String CLINIC_FILE = "interactions-clinic.csv";
    static final int CLINIC_COLUMNS = 6;

    private final String version;
    private final Builder data;
    private final Graph<FlagNode, FlagEdge> graph;
    private final Map<DrugTarget, List<Interaction>> interactionsByTarget;
    private final Map<String, List<Component>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<DrugTarget>> targets = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<MedicineRules.Match>> pairs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> normalisedNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, FlagNode> ingredientNodes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<DrugClass>> sharedClasses = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}' .]");
    private static final java.util.regex.Pattern STRAY_DOT = java.util.regex.Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private Knowledge(String version, Builder data) {
        this.version = version;
        this.data = data;
        this.interactionsByTarget = new HashMap<>();
        for (Interaction i : data.interactions) {
            interactionsByTarget.computeIfAbsent(i.a(), k -> new ArrayList<>()).add(i);
            if (!i.a().equals(i.b())) {
                interactionsByTarget.computeIfAbsent(i.b(), k -> new ArrayList<>()).add(i);
            }
        }
        this.graph = KnowledgeGraph.build(this);
    }

    /** The shipped knowledge with the shipped clinic interactions. */
    public static Knowledge shipped() {
        return withClinicInteractions(Optional.empty());
    }

    /** The shipped knowledge with a clinic's own interactions CSV instead of the shipped one, when it has one. */
    public static Knowledge withClinicInteractions(Optional<String> clinicCsv) {
        Builder b = new Builder();
        String version = KnowledgeFiles.version();
        KnowledgeFiles.readShipped(b);
        List<KnowledgeCsv.Row> clinic = clinicCsv
                .map(text -> KnowledgeCsv.read(CLINIC_FILE, new StringReader(text), CLINIC_COLUMNS))
                .orElseGet(() -> KnowledgeCsv.resource(CLINIC_FILE, CLINIC_COLUMNS));
        KnowledgeFiles.readClinicInteractions(b, clinic);
        return new Knowledge(clinicCsv.isPresent() ? version + "+clinic" : version, b);
    }

    /** Checks a clinic interactions CSV without keeping it: every drug and class must be known, every field valid. */
    public static int validateClinicInteractions(String csv) {
        Builder b = new Builder();
        KnowledgeFiles.readShipped(b);
        int before = b.interactions.size();
        List<KnowledgeCsv.Row> rows = KnowledgeCsv.read(CLINIC_FILE, new StringReader(csv), CLINIC_COLUMNS);
        for (KnowledgeCsv.Row r : rows) {
            for (int i = 0; i < CLINIC_COLUMNS; i++) {
                if (org.clinicdesk.core.common.SpreadsheetText.runsAsFormula(r.get(i))) {
                    throw r.error("field " + (i + 1) + " starts with a character a spreadsheet runs as a formula");
                }
            }
        }
        KnowledgeFiles.readClinicInteractions(b, rows);
        return b.interactions.size() - before;
    }

    /** The shipped clinic interactions file, as text, for export when the clinic has not changed it. */
    public static String shippedClinicInteractions() {
        return KnowledgeFiles.text(CLINIC_FILE);
    }

    public String version() {
        return version;
    }

    public Graph<FlagNode, FlagEdge> graph() {
        return graph;
    }

    public List<Interaction> interactions() {
        return List.copyOf(data.interactions);
    }

    /** The ingredients a medicine's name stands for: generic names, other names and brands, in the order written. */
    public List<Component> ingredientsOf(String medicineText) {
        return resolved.computeIfAbsent(medicineText, this::resolve);
    }

    private List<Component> resolve(String medicineText) {
        String[] words = words(medicineText);
        List<Component> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(data.longestName, words.length - i); n >= 1; n--) {
                List<Component> named = data.names.get(String.join(" ", Arrays.asList(words).subList(i, i + n)));
                if (named != null) {
                    named.stream().filter(c -> found.stream().noneMatch(f -> f.ingredient().equals(c.ingredient())))
                            .forEach(found::add);
                    i += n - 1;
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    static String[] words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ');
        t = STRAY_DOT.matcher(NOT_A_WORD.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
        return t.isEmpty() ? new String[0] : SPACES.split(t);
    }

    /** A medicine's words joined by single spaces: the same medicine written twice gives the same text. */
    String normalised(String text) {
        return normalisedNames.computeIfAbsent(text, t -> String.join(" ", words(t)));
    }

    /** The vertex of an ingredient, made once. */
    FlagNode ingredientNode(String name) {
        return ingredientNodes.computeIfAbsent(name, FlagNode::ingredient);
    }

    /** The class two different ingredients share that makes taking both duplicate therapy, worked out once per pair. */
    Optional<DrugClass> duplicateClass(String i1, String i2) {
        return sharedClasses.computeIfAbsent(MedicineRules.pairKey(i1, i2), k -> {
            List<String> a = ingredient(i1).map(Ingredient::classes).orElse(List.of());
            List<String> b = ingredient(i2).map(Ingredient::classes).orElse(List.of());
            return a.stream().filter(b::contains).map(this::drugClass).filter(DrugClass::duplicateTherapy).findFirst();
        });
    }

    /** The interaction between two ingredients, worked out once per pair and kept. */
    Optional<MedicineRules.Match> interactionBetween(String i1, String i2) {
        String key = MedicineRules.pairKey(i1, i2);
        Optional<MedicineRules.Match> m = pairs.get(key);
        if (m == null) {
            m = MedicineRules.find(this, i1, i2);
            pairs.put(key, m);
        }
        return m;
    }

    /** The ingredient itself and each of its classes, as rules name them. */
    List<DrugTarget> targets(String ingredient) {
        return targets.computeIfAbsent(ingredient, i -> {
            List<DrugTarget> t = new ArrayList<>();
            t.add(new DrugTarget(false, i));
            ingredient(i).ifPresent(x -> x.classes().forEach(c -> t.add(new DrugTarget(true, c))));
            return List.copyOf(t);
        });
    }

    Iterable<String> ingredientNames() {
        return data.ingredients.keySet();
    }

    Optional<Ingredient> ingredient(String name) {
        return Optional.ofNullable(data.ingredients.get(name));
    }

    DrugClass drugClass(String id) {
        return data.classes.get(id);
    }

    List<Interaction> interactionsOf(DrugTarget target) {
        return interactionsByTarget.getOrDefault(target, List.of());
    }

    List<ConditionDef> conditions() {
        return data.conditions;
    }

    List<ConditionRule> conditionRules() {
        return data.conditionRules;
    }

    List<LabRule> labRules() {
        return data.labRules;
    }

    List<AllergyRule> allergyRules() {
        return data.allergyRules;
    }

    Optional<DoseLimit> doseLimit(String ingredient) {
        return Optional.ofNullable(data.doseLimits.get(ingredient));
    }

    Optional<LabDef> lab(String name) {
        return Optional.ofNullable(data.labNames.get(name.toLowerCase(Locale.ROOT).strip()));
    }

    Optional<LabDef> labById(String id) {
        return data.labs.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Mutable state while the files are read; the finished {@link Knowledge} never changes. */
    static final class Builder {
        final Map<String, DrugClass> classes = new LinkedHashMap<>();
        final Map<String, Ingredient> ingredients = new LinkedHashMap<>();
        final Map<String, List<Component>> names = new HashMap<>();
        int longestName = 1;
        final List<Interaction> interactions = new ArrayList<>();
        final List<ConditionDef> conditions = new ArrayList<>();
        final List<ConditionRule> conditionRules = new ArrayList<>();
        final List<LabRule> labRules = new ArrayList<>();
        final List<AllergyRule> allergyRules = new ArrayList<>();
        final Map<String, DoseLimit> doseLimits = new HashMap<>();
        final List<LabDef> labs = new ArrayList<>();
        final Map<String, LabDef> labNames = new HashMap<>();

        void name(String name, List<Component> components) {
            String key = String.join(" ", words(name));
            names.putIfAbsent(key, List.copyOf(components));
            longestName = Math.max(longestName, words(name).length);
        }

        /** The ingredient a single generic or other name stands for (not a brand of several). */
        Optional<String> ingredientOf(String name) {
            List<Component> c = names.get(String.join(" ", words(name)));
            return c != null && c.size() == 1 ? Optional.of(c.get(0).ingredient()) : Optional.empty();
        }

        static BigDecimal number(String text, KnowledgeCsv.Row row, String field) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw row.error(field + " '" + text + "' is not a number");
            }
        }
    }
}
