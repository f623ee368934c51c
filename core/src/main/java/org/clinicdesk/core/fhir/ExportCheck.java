package org.clinicdesk.core.fhir;

import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The checks every export passes before it is kept, without the full R4 validator (a test tool here, too large to
 * ship): the required elements (cardinality 1..) of every resource type ClinicDesk writes, and every reference
 * resolving inside the Bundle.
 */
public final class ExportCheck {
    private ExportCheck() {
    }

    /** Each problem names the entry and the element; empty when the bundle passes. */
    public static List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle.getType() == null) {
            problems.add("Bundle.type is missing");
        }
        Set<String> fullUrls = new HashSet<>();
        bundle.getEntry().forEach(e -> fullUrls.add(e.getFullUrl()));
        FhirTerser terser = FhirJson.context().newTerser();
        int i = 0;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            String where = "entry " + i++ + " " + (r == null ? "" : r.fhirType());
            if (r == null) {
                problems.add(where + ": no resource");
                continue;
            }
            for (String element : required(r.fhirType())) {
                if (terser.getValues(r, element).isEmpty()) {
                    problems.add(where + "." + element + " is required and missing");
                }
            }
            for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
                if (ref.getReference() != null && !fullUrls.contains(ref.getReference())) {
                    problems.add(where + " refers to " + ref.getReference() + ", which is not in the bundle");
                }
            }
        }
        return problems;
    }

    private static List<String> required(String type) {
        return switch (type) {
            case "Condition" -> List.of("subject");
            case "Procedure" -> List.of("status", "subject");
            case "Observation" -> List.of("status", "code");
            case "MedicationRequest" -> List.of("status", "intent", "medication[x]", "subject");
            case "MedicationStatement" -> List.of("status", "medication[x]", "subject");
            case "AllergyIntolerance" -> List.of("patient");
            case "Encounter" -> List.of("status", "class");
            case "Immunization" -> List.of("status", "vaccineCode", "patient", "occurrence[x]");
            case "DocumentReference" -> List.of("status", "content");
            case "ServiceRequest" -> List.of("status", "intent", "subject");
            default -> List.of();
        };
    }
}
