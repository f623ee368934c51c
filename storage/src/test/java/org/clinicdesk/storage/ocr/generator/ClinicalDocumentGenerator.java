package org.clinicdesk.storage.ocr.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Generates typed clinical papers with known contents: prescriptions, lab reports and discharge notes, rendered to
 * PNG in clean, noisy and skewed scan quality. The same seed gives the same documents. Run {@link #main} to write
 * PNGs with their text and expected facts to a folder.
 */
public final class ClinicalDocumentGenerator {
    private final Random random;
    private final ClinicalContent content;
    private final ScanRenderer renderer;
    /** Whether the document being made draws its table as a ruled grid. */
    private boolean ruled;

    public ClinicalDocumentGenerator(long seed) {
        this.random = new Random(seed);
        this.content = new ClinicalContent(random);
        this.renderer = new ScanRenderer(random);
    }

    /** {@code perCombination} documents of every kind in every quality. */
    public List<GeneratedDocument> generate(int perCombination) {
        List<GeneratedDocument> docs = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (ScanQuality quality : ScanQuality.values()) {
                for (int i = 0; i < perCombination; i++) {
                    docs.add(generate(kind, quality, kind.name().toLowerCase(Locale.ROOT) + "-"
                            + quality.name().toLowerCase(Locale.ROOT) + "-" + i));
                }
            }
        }
        return docs;
    }

    public GeneratedDocument generate(DocumentKind kind, ScanQuality quality, String name) {
        List<String> lines = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        ruled = false;
        int[] tabs = switch (kind) {
            case PRESCRIPTION -> prescription(lines, facts);
            case LAB_REPORT -> labReport(lines, facts);
            case DISCHARGE_NOTE -> dischargeNote(lines, facts);
        };
        return new GeneratedDocument(name, kind, quality, List.copyOf(lines), List.copyOf(facts),
                renderer.render(lines, tabs, quality, ruled));
    }

    private int[] prescription(List<String> lines, List<String> facts) {
        lines.add("SUNRISE FAMILY CLINIC");
        lines.add("12 Market Road, Pune 411001    Phone 020 2555 1234");
        lines.add("Dr. A. Mehta, MBBS, MD (Medicine)    Reg. No. 45123");
        date(lines, facts, "Date: ", "DOCUMENT");
        lines.add("Patient: " + content.patientName() + "    Age: " + content.between(18, 85) + " years    Sex: "
                + content.pick(new String[] {"M", "F"}));
        vitals(lines, facts, "");
        diagnoses(lines, facts, "Diagnosis: ", 1 + (content.chance(0.4) ? 1 : 0));
        boolean table = content.chance(0.6);
        if (table) {
            followUpTable(lines, facts);
        }
        lines.add("Rx");
        int count = content.between(2, 5);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            StringBuilder line = new StringBuilder();
            String key = content.medication(i, line);
            if (seen.add(key.split("\\|")[1])) {
                lines.add(line.toString());
                facts.add(key);
            }
        }
        lines.add("Advice: plenty of oral fluids, light diet. Review after one week.");
        lines.add("Signature");
        return table ? new int[] {0, 290, 600, 910, 1200} : new int[] {0};
    }

    private int[] labReport(List<String> lines, List<String> facts) {
        lines.add("PRECISION DIAGNOSTICS LABORATORY");
        lines.add("5 Station Road, Nagpur    Phone 0712 244 0099");
        lines.add("Patient: " + content.patientName() + "    Age: " + content.between(18, 85) + " years    Ref. by: Dr. Mehta");
        LocalDate collected = content.dateIn2024();
        LocalDate reported = collected.plusDays(content.between(0, 2));
        lines.add("Sample collected: " + ClinicalContent.dayFirst(collected) + "    Reported: "
                + ClinicalContent.dayFirst(reported));
        facts.add(FactKeys.date(collected, "SAMPLE_COLLECTED", ClinicalContent.ambiguous(collected)));
        facts.add(FactKeys.date(reported, "REPORTED", ClinicalContent.ambiguous(reported)));
        ClinicalContent.FlagStyle style = content.pick(List.of(ClinicalContent.FlagStyle.values()));
        lines.add("Test\tResult\tUnit\tReference range\t" + (style == ClinicalContent.FlagStyle.LETTER_AFTER_RANGE
                || style == ClinicalContent.FlagStyle.WORD_AFTER_RANGE ? "Flag" : ""));
        List<ClinicalContent.Lab> labs = new ArrayList<>(ClinicalContent.LABS);
        java.util.Collections.shuffle(labs, random);
        for (ClinicalContent.Lab lab : labs.subList(0, content.between(5, 9))) {
            String[] cells = new String[5];
            facts.add(content.labRow(lab, cells, style));
            lines.add(String.join("\t", cells).stripTrailing());
        }
        lines.add("End of report. Results relate only to the sample tested.");
        lines.add("Checked by: Dr. S. Kulkarni, Pathologist");
        return new int[] {0, 620, 820, 1080, 1370};
    }

    private int[] dischargeNote(List<String> lines, List<String> facts) {
        lines.add("CITY GENERAL HOSPITAL");
        lines.add("DISCHARGE SUMMARY");
        lines.add("Patient: " + content.patientName() + "    Age: " + content.between(18, 85) + " years");
        LocalDate admitted = content.dateIn2024();
        LocalDate discharged = admitted.plusDays(content.between(2, 9));
        lines.add("Date of admission: " + ClinicalContent.dayFirst(admitted));
        facts.add(FactKeys.date(admitted, "ADMISSION", ClinicalContent.ambiguous(admitted)));
        lines.add("Date of discharge: " + ClinicalContent.dayFirst(discharged));
        facts.add(FactKeys.date(discharged, "DISCHARGE", ClinicalContent.ambiguous(discharged)));
        diagnoses(lines, facts, "Final diagnosis: ", content.between(1, 2));
        lines.add("Course in hospital: admitted with fever and cough, treated and improved.");
        if (content.chance(0.5)) {
            lines.add(negatedFindings(facts));
        }
        vitals(lines, facts, "Vitals at discharge: ");
        lines.add("Investigations:");
        List<ClinicalContent.Lab> labs = new ArrayList<>(ClinicalContent.LABS);
        java.util.Collections.shuffle(labs, random);
        for (ClinicalContent.Lab lab : labs.subList(0, content.between(2, 4))) {
            String[] cells = new String[5];
            String key = content.labRow(lab, cells);
            facts.add(key);
            lines.add(cells[0] + ": " + cells[1] + " " + cells[2] + " (" + cells[3] + ")");
        }
        lines.add("Discharge medications:");
        int count = content.between(2, 4);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            StringBuilder line = new StringBuilder();
            String key = content.medication(i, line);
            if (seen.add(key.split("\\|")[1])) {
                lines.add(line.toString());
                facts.add(key);
            }
        }
        lines.add("Follow up in medicine OPD after two weeks.");
        return new int[] {0};
    }

    private void date(List<String> lines, List<String> facts, String label, String role) {
        LocalDate d = content.dateIn2024();
        lines.add(label + ClinicalContent.dayFirst(d));
        facts.add(FactKeys.date(d, role, ClinicalContent.ambiguous(d)));
    }

    private void vitals(List<String> lines, List<String> facts, String label) {
        int sys = content.between(100, 170);
        int dia = content.between(60, Math.min(100, sys - 25));
        int pulse = content.between(58, 118);
        int spo2 = content.between(90, 100);
        StringBuilder line = new StringBuilder(label).append("BP: ").append(sys).append('/').append(dia)
                .append(" mmHg    Pulse: ").append(pulse).append(" bpm    ");
        facts.add(FactKeys.bloodPressure(sys, dia));
        facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(pulse)));
        if (content.chance(0.5)) {
            BigDecimal f = content.decimal(97.0, 103.0);
            line.append("Temp: ").append(f.toPlainString()).append(" F    ");
            facts.add(FactKeys.vital("TEMPERATURE", f.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                    .divide(BigDecimal.valueOf(9), 1, RoundingMode.HALF_UP)));
        } else {
            BigDecimal c = content.decimal(36.2, 39.5);
            line.append("Temp: ").append(c.toPlainString()).append(" C    ");
            facts.add(FactKeys.vital("TEMPERATURE", c));
        }
        line.append("SpO2: ").append(spo2).append('%');
        facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        lines.add(line.toString());
        if (content.chance(0.5)) {
            int rr = content.between(12, 28);
            lines.add("RR: " + rr + "/min");
            facts.add(FactKeys.vital("RESPIRATORY_RATE", BigDecimal.valueOf(rr)));
        }
    }

    private void diagnoses(List<String> lines, List<String> facts, String label, int count) {
        List<ClinicalContent.Dx> all = new ArrayList<>(ClinicalContent.DIAGNOSES);
        java.util.Collections.shuffle(all, random);
        List<String> printed = new ArrayList<>();
        for (ClinicalContent.Dx dx : all) {
            // One condition is printed once, under one of its names ("T2DM" or "Type 2 Diabetes Mellitus").
            String key = FactKeys.diagnosis(dx.name());
            if (printed.size() < count && !facts.contains(key)) {
                printed.add(dx.printed());
                facts.add(key);
            }
        }
        lines.add(label + String.join(", ", printed));
        if (facts.contains(FactKeys.diagnosis("Type 2 diabetes mellitus")) && content.chance(0.5)) {
            // The plain name later on is the same condition, not a second one.
            lines.add("Sugars: DM control fair, continue diet.");
        }
    }

    /** A line of findings the paper rules out: none of them is a fact. */
    private String negatedFindings(List<String> facts) {
        List<ClinicalContent.Dx> all = new ArrayList<>(ClinicalContent.DIAGNOSES);
        java.util.Collections.shuffle(all, random);
        List<String> absent = all.stream().filter(d -> !facts.contains(FactKeys.diagnosis(d.name()))
                        && !d.name().contains("diabetes") && !d.printed().contains(" "))
                .map(ClinicalContent.Dx::printed).limit(2).toList();
        return content.pick(new String[] {"No known drug allergies. ", "Denies chest pain. ", ""})
                + "No history of " + absent.get(0) + ". " + absent.get(1) + " ruled out.";
    }

    /**
     * A follow-up card's ruled table: the units only in the headings, one row per earlier visit. Fasting sugar,
     * HbA1c, BP and pulse are facts; weight and post-meal sugar are not ones the extractor knows.
     */
    private void followUpTable(List<String> lines, List<String> facts) {
        ruled = true;
        List<String> columns = new ArrayList<>(List.of("FBS (mg/dL)", "PPBS (mg/dL)", "HbA1c (%)", "BP (mmHg)",
                "Pulse (/min)", "Wt (kg)"));
        java.util.Collections.shuffle(columns, random);
        columns = new ArrayList<>(columns.subList(0, 3));
        if (columns.stream().noneMatch(c -> c.startsWith("FBS") || c.startsWith("HbA1c") || c.startsWith("BP"))) {
            columns.set(0, "FBS (mg/dL)");
        }
        lines.add("Follow-up record");
        lines.add(content.pick(new String[] {"Date", "Visit date"}) + "\t" + String.join("\t", columns));
        LocalDate visit = content.dateIn2024();
        for (int row = content.between(2, 4); row > 0; row--) {
            visit = visit.plusDays(content.between(20, 45));
            List<String> cells = new ArrayList<>(List.of(ClinicalContent.dayFirst(visit)));
            facts.add(FactKeys.date(visit, "OTHER", ClinicalContent.ambiguous(visit)));
            for (String column : columns) {
                cells.add(followUpCell(column, facts));
            }
            lines.add(String.join("\t", cells));
        }
    }

    private String followUpCell(String column, List<String> facts) {
        return switch (column.substring(0, column.indexOf(' '))) {
            case "FBS" -> {
                int v = content.between(86, 240);
                facts.add(FactKeys.lab("Fasting blood glucose", BigDecimal.valueOf(v), "mg/dL", "-"));
                yield Integer.toString(v);
            }
            case "HbA1c" -> {
                BigDecimal v = content.decimal(5.4, 10.8);
                facts.add(FactKeys.lab("HbA1c", v, "%", "-"));
                yield v.toPlainString();
            }
            case "BP" -> {
                int sys = content.between(110, 170);
                int dia = content.between(66, Math.min(100, sys - 25));
                facts.add(FactKeys.bloodPressure(sys, dia));
                yield sys + "/" + dia;
            }
            case "Pulse" -> {
                int v = content.between(60, 110);
                facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(v)));
                yield Integer.toString(v);
            }
            case "PPBS" -> Integer.toString(content.between(120, 320));
            default -> Integer.toString(content.between(48, 96));
        };
    }

    /** Writes {@code name.png}, {@code name.txt} (the typed text) and {@code name.facts} (one key a line). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/generated-documents");
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Files.createDirectories(out);
        for (GeneratedDocument d : new ClinicalDocumentGenerator(42).generate(per)) {
            ImageIO.write(d.image(), "png", out.resolve(d.name() + ".png").toFile());
            Files.write(out.resolve(d.name() + ".txt"), d.lines().stream().map(l -> l.replace('\t', ' ')).toList(),
                    StandardCharsets.UTF_8);
            Files.write(out.resolve(d.name() + ".facts"), d.expectedFacts(), StandardCharsets.UTF_8);
        }
    }
}
