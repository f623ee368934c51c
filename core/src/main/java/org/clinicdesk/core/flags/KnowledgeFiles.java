package org.clinicdesk.core.flags;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.flags.Knowledge.Builder;
import org.clinicdesk.core.flags.KnowledgeCsv.Row;
import org.clinicdesk.core.flags.KnowledgeRules.AllergyRule;
import org.clinicdesk.core.flags.KnowledgeRules.Component;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionDef;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionRule;
import org.clinicdesk.core.flags.KnowledgeRules.DoseLimit;
import org.clinicdesk.core.flags.KnowledgeRules.DrugClass;
import org.clinicdesk.core.flags.KnowledgeRules.Ingredient;
import org.clinicdesk.core.flags.KnowledgeRules.LabDef;
import org.clinicdesk.core.flags.KnowledgeRules.LabRule;

/** Reads each shipped knowledge file into a {@link Knowledge.Builder}; a wrong row names its file and line. */
final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    static String version() {
        return text("VERSION").strip();
    }

    static String text(String name) {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file " + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void readShipped(Builder b) {
        for (Row r : KnowledgeCsv.resource("classes.csv", 4)) {
            b.classes.put(r.get(0), new DrugClass(r.get(0), r.get(1), r.get(2), "yes".equals(r.get(3))));
        }
        for (Row r : KnowledgeCsv.resource("drugs.csv", 4)) {
            String name = r.get(0).toLowerCase(Locale.ROOT);
            List<String> classes = list(r.get(2));
            classes.stream().filter(c -> !b.classes.containsKey(c)).findFirst()
                    .ifPresent(c -> { throw r.error("class '" + c + "' is not in classes.csv"); });
            b.ingredients.put(name, new Ingredient(name, r.get(1), classes));
            List<Component> self = List.of(new Component(name, Optional.empty()));
            b.name(name, self);
            list(r.get(3)).forEach(other -> b.name(other, self));
        }
        for (Row r : KnowledgeCsv.resource("brands.csv", 2)) {
            List<Component> parts = new ArrayList<>();
            for (String part : list(r.get(1))) {
                String[] nameMg = part.split(":");
                String ingredient = nameMg[0].strip();
                if (!b.ingredients.containsKey(ingredient)) {
                    throw r.error("ingredient '" + ingredient + "' of " + r.get(0) + " is not in drugs.csv");
                }
                double mg = nameMg.length > 1 ? Builder.number(nameMg[1], r, "mg").doubleValue() : 0;
                parts.add(new Component(ingredient, mg > 0 ? Optional.of(mg) : Optional.empty()));
            }
            b.name(r.get(0), parts);
        }
        readOnc(b);
        for (Row r : KnowledgeCsv.resource("conditions.csv", 4)) {
            b.conditions.add(new ConditionDef(r.get(0), r.get(1), list(r.get(2)), list(r.get(3))));
        }
        for (Row r : KnowledgeCsv.resource("contraindications.csv", 5)) {
            if (b.conditions.stream().noneMatch(c -> c.id().equals(r.get(1)))) {
                throw r.error("condition '" + r.get(1) + "' is not in conditions.csv");
            }
            b.conditionRules.add(new ConditionRule(DrugTarget.parse(r.get(0), b, r), r.get(1),
                    FlagSeverity.parse(r.get(2), "severity"), r.get(3), r.get(4)));
        }
        readLabs(b);
        for (Row r : KnowledgeCsv.resource("lab-contraindications.csv", 7)) {
            if (b.labs.stream().noneMatch(l -> l.id().equals(r.get(1)))) {
                throw r.error("lab '" + r.get(1) + "' is not in labs.csv");
            }
            if (!r.get(2).equals("below") && !r.get(2).equals("above")) {
                throw r.error("comparison '" + r.get(2) + "' is not below or above");
            }
            b.labRules.add(new LabRule(DrugTarget.parse(r.get(0), b, r), r.get(1), r.get(2).equals("below"),
                    Builder.number(r.get(3), r, "threshold"), FlagSeverity.parse(r.get(4), "severity"), r.get(5),
                    r.get(6)));
        }
        for (Row r : KnowledgeCsv.resource("allergies.csv", 4)) {
            b.allergyRules.add(new AllergyRule(list(r.get(0)), DrugTarget.parse(r.get(1), b, r),
                    FlagSeverity.parse(r.get(2), "severity"), FlagText.value(r.get(3))));
        }
        for (Row r : KnowledgeCsv.resource("dose-limits.csv", 4)) {
            String ingredient = r.get(0);
            if (!b.ingredients.containsKey(ingredient)) {
                throw r.error("ingredient '" + ingredient + "' is not in drugs.csv");
            }
            b.doseLimits.put(ingredient, new DoseLimit(ingredient, Builder.number(r.get(1), r, "adult_max_mg")
                    .doubleValue(), optional(r.get(2), r), optional(r.get(3), r)));
        }
    }

    private static void readOnc(Builder b) {
        Map<String, String[]> groups = new HashMap<>();
        for (Row r : KnowledgeCsv.resource("onc-groups.csv", 3)) {
            groups.put(r.get(0), new String[] {r.get(1), r.get(2)});
        }
        for (Row r : KnowledgeCsv.resource("onc_high_priority_pairs.csv", 5)) {
            if (r.get(2).isEmpty() || r.get(4).isEmpty()) {
                continue; // the list's group 21 has no drugs in this expansion
            }
            String[] group = groups.get(r.get(0));
            if (group == null) {
                throw r.error("ONC group " + r.get(0) + " is not in onc-groups.csv");
            }
            String object = r.get(2).equalsIgnoreCase("NSAID") ? "class:nsaid" : r.get(2);
            b.interactions.add(new Interaction(DrugTarget.parse(object, b, r), DrugTarget.parse(r.get(4), b, r),
                    FlagSeverity.HIGH, group[0], r.get(1).isEmpty() ? r.get(2) + " with " + r.get(3)
                    : r.get(1) + " with " + r.get(3), group[1], Knowledge.ONC_SOURCE + ", group " + r.get(0)));
        }
    }

    static void readClinicInteractions(Builder b, List<Row> rows) {
        for (Row r : rows) {
            if (r.get(3).isEmpty()) {
                throw r.error("effect is missing");
            }
            b.interactions.add(new Interaction(DrugTarget.parse(r.get(0), b, r), DrugTarget.parse(r.get(1), b, r),
                    FlagSeverity.parse(r.get(2), r.file() + " line " + r.line() + " severity"), r.get(3), r.get(4),
                    r.get(5), Knowledge.CLINIC_SOURCE + ", line " + r.line()));
        }
    }

    private static void readLabs(Builder b) {
        for (Row r : KnowledgeCsv.resource("labs.csv", 8)) {
            LabDef lab = new LabDef(r.get(0), list(r.get(1)), r.get(2), decimal(r.get(3), r), decimal(r.get(4), r),
                    Builder.number(r.get(5), r, "implausible_low"), Builder.number(r.get(6), r, "implausible_high"),
                    decimal(r.get(7), r));
            b.labs.add(lab);
            lab.names().forEach(n -> b.labNames.put(n, lab));
        }
    }

    private static Optional<BigDecimal> decimal(String text, Row r) {
        return text.isBlank() ? Optional.empty() : Optional.of(Builder.number(text, r, "value"));
    }

    private static Optional<Double> optional(String text, Row r) {
        return decimal(text, r).map(BigDecimal::doubleValue);
    }

    static List<String> list(String field) {
        return field.isBlank() ? List.of()
                : Arrays.stream(field.split("\\|")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }
}
