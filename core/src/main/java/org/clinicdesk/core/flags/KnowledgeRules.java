package org.clinicdesk.core.flags;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The rule records the knowledge files hold, one per file; each row names what it applies to. */
final class KnowledgeRules {
    private KnowledgeRules() {
    }

    record DrugClass(String id, String name, String atc, boolean duplicateTherapy) {
    }

    record Ingredient(String name, String atc, List<String> classes) {
    }

    /** An ingredient in a named product, with the amount per tablet/capsule/5 ml when the label gives it. */
    record Component(String ingredient, Optional<Double> mgPerUnit) {
    }

    record ConditionDef(String id, String name, List<String> words, List<String> unless) {
    }

    record ConditionRule(DrugTarget drug, String condition, FlagSeverity severity, String reason, String action) {
    }

    record LabRule(DrugTarget drug, String lab, boolean below, BigDecimal threshold, FlagSeverity severity,
                   String reason, String action) {
        boolean met(BigDecimal value) {
            return below ? value.compareTo(threshold) < 0 : value.compareTo(threshold) > 0;
        }
    }

    record AllergyRule(List<String> words, DrugTarget reactsWith, FlagSeverity severity, FlagText note) {
    }

    record DoseLimit(String ingredient, double adultMaxMg, Optional<Double> childMgPerKg, Optional<Double> childMaxMg) {
    }

    record LabDef(String id, List<String> names, String unit, Optional<BigDecimal> low, Optional<BigDecimal> high,
                  BigDecimal implausibleLow, BigDecimal implausibleHigh, Optional<BigDecimal> riseRatio) {
    }
}
