package org.clinicdesk.core.extraction;

/**
 * Something clinically meaningful found in a document's text, offered to a person as a suggestion. It keeps where
 * it was found and how sure the extractor is (0..1), so the reviewer can check it against the page.
 */
public sealed interface ClinicalFact permits MedicationFact, VitalSignFact, BloodPressureFact, LabResultFact,
        DiagnosisFact, DateFact {
    SourceSpan span();

    double confidence();
}
