package org.clinicdesk.core.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.clinicdesk.core.common.DateOrder;

/**
 * Pure text extraction of clinical facts (medications, vital signs, lab results, diagnoses, dates) from typed or
 * OCR text, in running lines and in tables whose headings carry the names and units ({@link HeadedTable}). Every fact keeps its source span and a confidence that includes how sure OCR was of those words.
 * Thread-safe once built; the lexicons load once.
 */
public final class FactExtractor {
    private final MedicationExtractor medications;
    private final VitalSignExtractor vitals = new VitalSignExtractor();
    private final LabResultExtractor labs;
    private final HeadedTable tables;
    private final DiagnosisExtractor diagnoses;
    private final DateExtractor dates;

    public FactExtractor(DateOrder dateOrder) {
        Objects.requireNonNull(dateOrder, "dateOrder");
        this.medications = new MedicationExtractor(Lexicon.load("drugs.txt", 0));
        Lexicon labNames = Lexicon.load("labs.txt", 2);
        this.labs = new LabResultExtractor(labNames);
        this.tables = new HeadedTable(labNames, labs);
        this.diagnoses = new DiagnosisExtractor(Lexicon.load("conditions.txt", 1));
        this.dates = new DateExtractor(dateOrder);
    }

    public List<ClinicalFact> extract(String text) {
        return extract(text, SpanConfidence.TYPED_TEXT);
    }

    /**
     * The facts in {@code source} in reading order; {@code ocr} says how sure the reader was of each stretch. Spans
     * are offsets into {@code source}; their text is after OCR digit repair (an {@code @} read for a zero is a 0).
     */
    public List<ClinicalFact> extract(String source, SpanConfidence ocr) {
        String text = OcrRepair.repair(source);
        List<ClinicalFact> facts = new ArrayList<>();
        facts.addAll(medications.find(text, ocr));
        facts.addAll(vitals.find(text, ocr));
        facts.addAll(labs.find(source, text, ocr));
        facts.addAll(tables.find(source, text, ocr));
        facts.addAll(diagnoses.find(text, ocr));
        facts.addAll(dates.find(text, ocr));
        facts.sort(Comparator.comparingInt((ClinicalFact f) -> f.span().start()).thenComparingInt(f -> f.span().end()));
        return List.copyOf(facts);
    }
}
