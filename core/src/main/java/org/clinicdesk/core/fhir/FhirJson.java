package org.clinicdesk.core.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one R4 FhirContext of the process: building it scans every structure class, so it is made once and shared.
 * Parsers are cheap but not thread-safe, so each caller takes a new one.
 */
public final class FhirJson {
    private FhirJson() {
    }

    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    public static IParser parser() {
        return context().newJsonParser();
    }
}
