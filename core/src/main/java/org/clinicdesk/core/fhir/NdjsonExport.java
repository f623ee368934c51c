package org.clinicdesk.core.fhir;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * An export Bundle as bulk NDJSON (FHIR Bulk Data): one line per resource, grouped by type. NDJSON has no fullUrl,
 * so {@code urn:uuid:} references become {@code Type/id}.
 */
public final class NdjsonExport {
    private NdjsonExport() {
    }

    /** Lines per resource type, types in alphabetical order. */
    public static Map<String, List<String>> lines(Bundle bundle) {
        Map<String, String> typeOf = new HashMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            typeOf.put(e.getFullUrl(), e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart());
        }
        FhirTerser terser = FhirJson.context().newTerser();
        IParser parser = FhirJson.parser().setPrettyPrint(false);
        Map<String, List<String>> lines = new TreeMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource().copy();
            for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
                if (ref.getReference() != null && typeOf.containsKey(ref.getReference())) {
                    ref.setReference(typeOf.get(ref.getReference()));
                }
            }
            lines.computeIfAbsent(r.fhirType(), t -> new ArrayList<>()).add(parser.encodeResourceToString(r));
        }
        return lines;
    }
}
