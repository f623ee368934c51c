package org.clinicdesk.storage.ocr.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic content for generated papers: medicines with their usual strengths, lab tests with units and ranges,
 * vital signs, diagnoses and dates. Each builder appends the printed line and the fact key it must yield.
 */
final class ClinicalContent {
    /** A medicine as prescribed; {@code form} is its {@code DoseForm} name. */
    record Drug(String name, String printed, String[] strengths, String form) {
    }

    /** How a report prints a lab's flag: where it sits and in what signs. */
    enum FlagStyle {
        /** A letter in its own column after the range: "13.0 - 17.0   L". */
        LETTER_AFTER_RANGE,
        /** In brackets between the unit and a bracketed range: "mg/dL (H)   [70 - 100]". */
        BRACKETED_BEFORE_RANGE,
        /** A word after the range: "High", "Low". */
        WORD_AFTER_RANGE,
        /** A star after the value, which says only "abnormal": the range tells which way. */
        STAR_AFTER_VALUE,
        /** An arrow in the result's cell pointing the way the value is out: "168 ↑", "9.1 ↓". */
        ARROW_AFTER_VALUE
    }

    record Lab(String test, String printed, String unit, String low, String high, double min, double max, int decimals) {
    }

    record Dx(String name, String printed) {
    }

    static final List<Drug> DRUGS = List.of(
            new Drug("Amoxicillin", "Amoxicillin", new String[] {"250 mg", "500 mg"}, "CAPSULE"),
            new Drug("Paracetamol", "Paracetamol", new String[] {"500 mg", "650 mg"}, "TABLET"),
            new Drug("Metformin", "Metformin", new String[] {"500 mg", "850 mg", "1000 mg"}, "TABLET"),
            new Drug("Amlodipine", "Amlodipine", new String[] {"5 mg", "10 mg"}, "TABLET"),
            new Drug("Atorvastatin", "Atorvastatin", new String[] {"10 mg", "20 mg", "40 mg"}, "TABLET"),
            new Drug("Omeprazole", "Omeprazole", new String[] {"20 mg"}, "CAPSULE"),
            new Drug("Pantoprazole", "Pantoprazole", new String[] {"40 mg"}, "TABLET"),
            new Drug("Cetirizine", "Cetirizine", new String[] {"10 mg"}, "TABLET"),
            new Drug("Azithromycin", "Azithromycin", new String[] {"250 mg", "500 mg"}, "TABLET"),
            new Drug("Ciprofloxacin", "Ciprofloxacin", new String[] {"250 mg", "500 mg"}, "TABLET"),
            new Drug("Losartan", "Losartan", new String[] {"25 mg", "50 mg"}, "TABLET"),
            new Drug("Telmisartan", "Telmisartan", new String[] {"40 mg", "80 mg"}, "TABLET"),
            new Drug("Glimepiride", "Glimepiride", new String[] {"1 mg", "2 mg"}, "TABLET"),
            new Drug("Ibuprofen", "Ibuprofen", new String[] {"200 mg", "400 mg"}, "TABLET"),
            new Drug("Metronidazole", "Metronidazole", new String[] {"400 mg"}, "TABLET"),
            new Drug("Montelukast", "Montelukast", new String[] {"10 mg"}, "TABLET"),
            new Drug("Levothyroxine", "Levothyroxine", new String[] {"50 mcg", "100 mcg"}, "TABLET"),
            new Drug("Prednisolone", "Prednisolone", new String[] {"5 mg", "10 mg"}, "TABLET"),
            new Drug("Ondansetron", "Ondansetron", new String[] {"4 mg"}, "TABLET"),
            new Drug("Doxycycline", "Doxycycline", new String[] {"100 mg"}, "CAPSULE"),
            new Drug("Clopidogrel", "Clopidogrel", new String[] {"75 mg"}, "TABLET"),
            new Drug("Furosemide", "Furosemide", new String[] {"20 mg", "40 mg"}, "TABLET"),
            new Drug("Paracetamol", "Crocin", new String[] {"500 mg"}, "TABLET"),
            new Drug("Salbutamol", "Salbutamol", new String[] {"2 mg", "4 mg"}, "TABLET"),
            new Drug("Ceftriaxone", "Ceftriaxone", new String[] {"1 g"}, "INJECTION"),
            new Drug("Salbutamol", "Salbutamol", new String[] {"2 mg/5 ml"}, "SYRUP"));
    /** The ways prescriptions abbreviate each form before the name, the bare initials included ("T.", "C."). */
    private static final java.util.Map<String, String[]> FORM_PRINTED = java.util.Map.of(
            "TABLET", new String[] {"Tab.", "T.", "Tab", "TAB."},
            "CAPSULE", new String[] {"Cap.", "C.", "Cap"},
            "INJECTION", new String[] {"Inj.", "Inj"},
            "SYRUP", new String[] {"Syp.", "Syr."});

    static final List<Lab> LABS = List.of(
            new Lab("Hemoglobin", "Haemoglobin", "g/dL", "13.0", "17.0", 8.0, 16.5, 1),
            new Lab("White blood cell count", "Total Leucocyte Count", "10^3/uL", "4.0", "11.0", 3.0, 15.0, 1),
            new Lab("Platelet count", "Platelet Count", "10^3/uL", "150", "400", 90, 450, 0),
            new Lab("Fasting blood glucose", "Fasting Blood Sugar", "mg/dL", "70", "100", 78, 230, 0),
            new Lab("HbA1c", "HbA1c", "%", "4.0", "5.6", 5.0, 10.5, 1),
            new Lab("Creatinine", "Serum Creatinine", "mg/dL", "0.7", "1.3", 0.6, 2.4, 1),
            new Lab("Urea", "Blood Urea", "mg/dL", "15", "40", 12, 80, 0),
            new Lab("Sodium", "Serum Sodium", "mmol/L", "135", "145", 128, 148, 0),
            new Lab("Potassium", "Serum Potassium", "mmol/L", "3.5", "5.1", 3.0, 5.8, 1),
            new Lab("Total cholesterol", "Total Cholesterol", "mg/dL", null, "200", 150, 280, 0),
            new Lab("Triglycerides", "Triglycerides", "mg/dL", null, "150", 90, 320, 0),
            new Lab("TSH", "TSH", "mIU/L", "0.4", "4.0", 0.2, 9.5, 2),
            new Lab("ALT", "SGPT", "U/L", "7", "56", 12, 120, 0),
            new Lab("ESR", "ESR", "mm/hr", "0", "20", 4, 60, 0),
            new Lab("C-reactive protein", "CRP", "mg/L", "0", "5", 0.5, 48, 1));

    static final List<Dx> DIAGNOSES = List.of(
            new Dx("Essential hypertension", "Hypertension"),
            new Dx("Type 2 diabetes mellitus", "Type 2 Diabetes Mellitus"),
            new Dx("Acute pharyngitis", "Acute pharyngitis"),
            new Dx("Urinary tract infection", "Urinary tract infection"),
            new Dx("Pneumonia", "Community acquired pneumonia"),
            new Dx("Acute gastroenteritis", "Acute gastroenteritis"),
            new Dx("Dengue fever", "Dengue fever"),
            new Dx("Hypothyroidism", "Hypothyroidism"),
            new Dx("Iron deficiency anaemia", "Iron deficiency anaemia"),
            new Dx("Asthma", "Bronchial asthma"),
            new Dx("Migraine", "Migraine"),
            new Dx("Dyslipidaemia", "Dyslipidaemia"),
            new Dx("Typhoid fever", "Enteric fever"),
            new Dx("Allergic rhinitis", "Allergic rhinitis"),
            new Dx("Gastro-oesophageal reflux disease", "GERD"),
            new Dx("Type 2 diabetes mellitus", "T2DM"),
            new Dx("Type 2 diabetes mellitus", "Type 2 DM"),
            new Dx("Essential hypertension", "HTN"),
            new Dx("Ischaemic heart disease", "CAD"),
            new Dx("Heart failure", "CCF"),
            new Dx("Stroke", "old CVA"),
            new Dx("Chronic obstructive pulmonary disease", "COPD"),
            new Dx("Chronic kidney disease", "CKD"));

    private static final String[][] FREQUENCIES = {
        {"OD", "OD"}, {"BD", "BD"}, {"TDS", "TDS"}, {"QID", "QID"}, {"QHS", "QHS"}, {"PRN", "SOS"}, {"Q6H", "Q6H"},
        {"Q8H", "Q8H"}, {"BD", "twice daily"}, {"OD", "once daily"}, {"TDS", "1-1-1"}, {"PRN", "PRN"}};
    private static final String[] GIVEN = {"Ravi", "Asha", "Sunil", "Meena", "Arjun", "Kavita", "Imran", "Lakshmi",
        "Joseph", "Priya", "Rahul", "Fatima"};
    private static final String[] FAMILY = {"Kumar", "Rao", "Sharma", "Patil", "Nair", "Khan", "Iyer", "Das",
        "Mathew", "Reddy", "Singh", "Joshi"};

    private final Random random;

    ClinicalContent(Random random) {
        this.random = random;
    }

    String patientName() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    /** A prescription line; returns its fact key. */
    String medication(int number, StringBuilder line) {
        Drug drug = DRUGS.get(random.nextInt(DRUGS.size()));
        String strength = drug.strengths()[random.nextInt(drug.strengths().length)];
        String[] freq = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
        boolean route = random.nextBoolean();
        int durationChoice = random.nextInt(4);
        int days = 3 + random.nextInt(12);
        String duration = switch (durationChoice) {
            case 0 -> "x " + days + " days";
            case 1 -> "for " + days + " days";
            case 2 -> "x " + (1 + random.nextInt(4)) + " weeks";
            default -> "";
        };
        String[] printedForms = FORM_PRINTED.get(drug.form());
        String strengthKey = strength.replace(" ml", " mL");
        String routePrinted = drug.form().equals("INJECTION") ? " IV" : " PO";
        line.append(number).append(". ").append(printedForms[random.nextInt(printedForms.length)]).append(' ').append(drug.printed()).append(' ')
                .append(strength).append(route ? routePrinted : "").append(' ').append(freq[1]);
        if (!duration.isEmpty()) {
            line.append(' ').append(duration);
        }
        String durationKey = duration.isEmpty() ? "-"
                : duration.replaceAll("\\D", "") + (duration.contains("week") ? " WEEKS" : " DAYS");
        return FactKeys.medication(drug.name(), strengthKey, drug.form(),
                route ? (drug.form().equals("INJECTION") ? "INTRAVENOUS" : "ORAL") : "-", freq[0], durationKey);
    }

    /** A lab row laid out in columns, its flag printed the usual way; returns its fact key. */
    String labRow(Lab lab, String[] cells) {
        return labRow(lab, cells, FlagStyle.LETTER_AFTER_RANGE);
    }

    /** A lab row laid out in columns, its flag printed in {@code style}; returns its fact key. */
    String labRow(Lab lab, String[] cells, FlagStyle style) {
        double raw = lab.min() + random.nextDouble() * (lab.max() - lab.min());
        BigDecimal value = BigDecimal.valueOf(raw).setScale(lab.decimals(), RoundingMode.HALF_UP);
        String flag = "-";
        if (lab.low() != null && value.compareTo(new BigDecimal(lab.low())) < 0) {
            flag = "LOW";
        } else if (value.compareTo(new BigDecimal(lab.high())) > 0) {
            flag = "HIGH";
        } else {
            flag = "NORMAL";
        }
        boolean abnormal = !flag.equals("NORMAL");
        String range = lab.low() == null ? "< " + lab.high() : lab.low() + " - " + lab.high();
        cells[0] = lab.printed();
        cells[1] = value.toPlainString();
        cells[2] = lab.unit();
        cells[3] = range;
        cells[4] = "";
        switch (style) {
            case LETTER_AFTER_RANGE -> cells[4] = abnormal ? flag.substring(0, 1) : "";
            case BRACKETED_BEFORE_RANGE -> {
                cells[2] = lab.unit() + (abnormal ? " (" + flag.charAt(0) + ")" : "");
                cells[3] = "[" + range + "]";
            }
            case WORD_AFTER_RANGE -> cells[4] = abnormal ? flag.charAt(0) + flag.substring(1).toLowerCase(Locale.ROOT) : "";
            case STAR_AFTER_VALUE -> cells[1] = value.toPlainString() + (abnormal ? " *" : "");
            case ARROW_AFTER_VALUE -> cells[1] = value.toPlainString() + (abnormal ? flag.equals("HIGH") ? " ↑" : " ↓" : "");
        }
        return FactKeys.lab(lab.test(), value, lab.unit(), flag);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    BigDecimal decimal(double min, double max) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(1, RoundingMode.HALF_UP);
    }

    LocalDate dateIn2024() {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(360));
    }

    /** Day-first, as the clinic writes; ambiguous when day and month differ and both are 12 or less. */
    static String dayFirst(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static boolean ambiguous(LocalDate d) {
        return d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
