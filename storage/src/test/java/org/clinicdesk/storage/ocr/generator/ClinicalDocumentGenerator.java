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
        int[] tabs = switch (kind) {
            case PRESCRIPTION -> prescription(lines, facts);
            case LAB_REPORT -> labReport(lines, facts);
            case DISCHARGE_NOTE -> dischargeNote(lines, facts);
        };
        return new GeneratedDocument(name, kind, quality, List.copyOf(lines), List.copyOf(facts),
                renderer.render(lines, tabs, quality));
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
        return new int[] {0};
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
        lines.add("Test\tResult\tUnit\tReference range\tFlag");
        List<ClinicalContent.Lab> labs = new ArrayList<>(ClinicalContent.LABS);
        java.util.Collections.shuffle(labs, random);
        for (ClinicalContent.Lab lab : labs.subList(0, content.between(5, 9))) {
            String[] cells = new String[5];
            facts.add(content.labRow(lab, cells));
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
        for (ClinicalContent.Dx dx : all.subList(0, count)) {
            printed.add(dx.printed());
            facts.add(FactKeys.diagnosis(dx.name()));
        }
        lines.add(label + String.join(", ", printed));
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
