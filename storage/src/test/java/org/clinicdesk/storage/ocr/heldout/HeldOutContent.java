package org.clinicdesk.storage.ocr.heldout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.clinicdesk.storage.ocr.generator.FactKeys;

/**
 * Writes the held-out papers: vocabulary, templates and phrasing chosen apart from the development generator
 * (other medicines and brands, other lab names and reference intervals, other label words, two-column slips,
 * ruled tables, letters in prose), with negations, distractors (a pharmacy phone beside a dose, a date range, bed and
 * bill numbers), medicines the extractor's lists do not hold, and lines written by hand.
 */
final class HeldOutContent {
    private record Drug(String canonical, String printed, String form, String[] strengths) {
    }

    private record Lab(String canonical, String printed, String unit, String low, String high, double min,
                       double max, int decimals) {
    }

    private record Dx(String canonical, String printed) {
    }

    private static final List<Drug> DRUGS = List.of(
            new Drug("Cefixime", "Cefixime", "Tab", new String[] {"200 mg"}),
            new Drug("Levofloxacin", "Levofloxacin", "Tab", new String[] {"500 mg", "750 mg"}),
            new Drug("Rosuvastatin", "Rosuvastatin", "Tab", new String[] {"10 mg", "20 mg"}),
            new Drug("Bisoprolol", "Bisoprolol", "Tab", new String[] {"2.5 mg", "5 mg"}),
            new Drug("Ramipril", "Ramipril", "Cap", new String[] {"2.5 mg", "5 mg"}),
            new Drug("Domperidone", "Domperidone", "Tab", new String[] {"10 mg"}),
            new Drug("Levocetirizine", "Levocetirizine", "Tab", new String[] {"5 mg"}),
            new Drug("Fexofenadine", "Fexofenadine", "Tab", new String[] {"120 mg", "180 mg"}),
            new Drug("Gabapentin", "Gabapentin", "Cap", new String[] {"300 mg"}),
            new Drug("Sertraline", "Sertraline", "Tab", new String[] {"50 mg"}),
            new Drug("Folic Acid", "Folic Acid", "Tab", new String[] {"5 mg"}),
            new Drug("Spironolactone", "Spironolactone", "Tab", new String[] {"25 mg"}),
            new Drug("Esomeprazole", "Esomeprazole", "Cap", new String[] {"40 mg"}),
            new Drug("Nitrofurantoin", "Nitrofurantoin", "Cap", new String[] {"100 mg"}),
            new Drug("Fluconazole", "Fluconazole", "Tab", new String[] {"150 mg"}),
            new Drug("Paracetamol", "Dolo", "Tab", new String[] {"650 mg"}),
            new Drug("Metformin", "Glycomet", "Tab", new String[] {"500 mg"}),
            new Drug("Amlodipine", "Amlong", "Tab", new String[] {"5 mg"}),
            new Drug("Levothyroxine", "Eltroxin", "Tab", new String[] {"50 mcg", "75 mcg"}));
    /** Medicines no list of the extractor holds: a reader would note them, the extractor cannot know them. */
    private static final String[] UNLISTED = {"Zerodol-SP", "Pan-D", "Becosules", "Shelcal 500", "Limcee",
        "Neurobion Forte"};
    private static final List<Lab> LABS = List.of(
            new Lab("Hemoglobin", "Hb", "g/dL", "12.0", "15.5", 8.0, 16.5, 1),
            new Lab("Platelet count", "Platelets", "10^3/uL", "150", "410", 80, 480, 0),
            new Lab("Glucose", "Random Blood Sugar", "mg/dL", "70", "140", 80, 320, 0),
            new Lab("Creatinine", "S. Creatinine", "mg/dL", "0.6", "1.2", 0.5, 3.0, 1),
            new Lab("Blood urea nitrogen", "BUN", "mg/dL", "7", "20", 5, 45, 0),
            new Lab("Chloride", "Serum Chloride", "mmol/L", "98", "107", 92, 112, 0),
            new Lab("HDL cholesterol", "HDL", "mg/dL", "40", "60", 28, 70, 0),
            new Lab("AST", "SGOT", "U/L", "5", "40", 12, 140, 0),
            new Lab("Uric acid", "Serum Uric Acid", "mg/dL", "3.5", "7.2", 2.5, 10.5, 1),
            new Lab("Calcium", "Serum Calcium", "mg/dL", "8.5", "10.5", 7.5, 11.2, 1),
            new Lab("Albumin", "Serum Albumin", "g/dL", "3.5", "5.0", 2.5, 5.4, 1),
            new Lab("Total bilirubin", "Total Bilirubin", "mg/dL", "0.3", "1.2", 0.2, 3.5, 1),
            new Lab("Red blood cell count", "RBC Count", "10^6/uL", "4.20", "5.40", 3.2, 6.0, 2),
            new Lab("Hematocrit", "HCT", "%", "36", "46", 28, 52, 0));
    private static final List<Dx> DIAGNOSES = List.of(
            new Dx("Acute bronchitis", "Bronchitis"), new Dx("Upper respiratory tract infection", "Common cold"),
            new Dx("Acute tonsillitis", "Tonsillitis"), new Dx("Sinusitis", "Sinusitis"),
            new Dx("Urinary tract infection", "UTI"), new Dx("Viral fever", "Viral fever"),
            new Dx("Chronic kidney disease", "CKD"), new Dx("Ischaemic heart disease", "IHD"),
            new Dx("Atrial fibrillation", "Atrial fibrillation"), new Dx("Osteoarthritis", "Osteoarthritis"),
            new Dx("Cellulitis", "Cellulitis"), new Dx("Anaemia", "Anemia"),
            new Dx("Chronic obstructive pulmonary disease", "COPD"), new Dx("Epilepsy", "Epilepsy"));
    /** A negation as printed and the diagnosis it denies. */
    private static final String[][] DENIALS = {
        {"No h/o diabetes.", "Diabetes mellitus"}, {"Not a known case of hypertension.", "Essential hypertension"},
        {"Malaria antigen negative.", "Malaria"}, {"No signs of pneumonia.", "Pneumonia"},
        {"Tuberculosis ruled out.", "Tuberculosis"}, {"No history of asthma.", "Asthma"}};
    private static final String[] PLAIN_NEGATIONS = {"No known drug allergies.", "Denies fever.",
        "No chest pain or breathlessness.", "Denies vomiting."};
    private static final String[][] FREQUENCIES = {{"1-0-1", "BD"}, {"1-1-1", "TDS"}, {"once a day", "OD"},
        {"twice daily", "BD"}, {"BID", "BD"}, {"at night", "QHS"}, {"SOS", "PRN"}, {"every 8 hours", "Q8H"},
        {"TID", "TDS"}, {"HS", "QHS"}, {"OD", "OD"}};
    /** Lines written by hand, with the facts a guess from them would assert. */
    private static final String[][] HANDWRITING = {
        {"Tab Dolo 650 mg SOS for fever", "MED|Paracetamol"}, {"BP 138/86 review in 2 wks", "BP"},
        {"Hb 9.8 - repeat CBC", "LAB|Hemoglobin"}, {"Pulse 92 SpO2 96%", "VITAL|PULSE", "VITAL|SPO2"},
        {"Cap Ramipril 5 mg OD", "MED|Ramipril"}};
    private static final String[] GIVEN = {"Anil", "Sujata", "Deepak", "Rekha", "Farhan", "Gita", "Vinod", "Nandini",
        "Thomas", "Shabana", "Manoj", "Pooja"};
    private static final String[] FAMILY = {"Deshpande", "Menon", "Qureshi", "Bhat", "Chatterjee", "Gupta",
        "Pillai", "Verma", "Fernandes", "Ansari"};

    private final Random random;

    HeldOutContent(Random random) {
        this.random = random;
    }

    /** A two-column outpatient slip: patient and vitals on the left, the prescription on the right. */
    HeldOutPage outpatientSlip(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "two-column outpatient slip");
        String[] hand = handwriting ? HANDWRITING[random.nextInt(HANDWRITING.length)] : null;
        p.wide("LOTUS MULTISPECIALITY CLINIC", "Plot 40, Sector 10, Vashi    Tel 022 2788 1190");
        LocalDate seen = date();
        List<String> left = new ArrayList<>();
        left.add("Name: " + person());
        left.add("Age/Sex: " + between(20, 80) + " Y / " + (random.nextBoolean() ? "Male" : "Female"));
        left.add("OPD date: " + dashed(seen));
        p.facts.add(FactKeys.date(seen, "DOCUMENT", ambiguous(seen)));
        vitals(p, left, hand);
        left.add("Wt: " + between(45, 95) + " kg");
        List<String> right = new ArrayList<>();
        right.add("Dx: " + diagnosis(p));
        right.add("Rx");
        prescription(p, right, 2 + random.nextInt(3), hand);
        p.column(0, left);
        p.column(1, right);
        p.wide(PLAIN_NEGATIONS[random.nextInt(PLAIN_NEGATIONS.length)] + " " + denial(p));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Next visit after 10 days. Room 12, Counter 3.");
        return p;
    }

    /** A lab report with a ruled table, printed intervals and words instead of letters for flags. */
    HeldOutPage labReport(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "ruled lab table");
        String[] hand = handwriting ? HANDWRITING[random.nextInt(HANDWRITING.length)] : null;
        p.wide("ACCURA PATHOLOGY SERVICES", "NABL accredited    Bill No. 2024/" + between(1000, 9999)
                + "    Ph 0712-2441000");
        LocalDate collected = date();
        LocalDate reported = collected.plusDays(between(0, 1));
        p.wide("Patient: " + person() + "    Age: " + between(20, 80) + " Yrs",
                "Collection date: " + slashed(collected) + "    Report date: " + slashed(reported));
        p.facts.add(FactKeys.date(collected, "SAMPLE_COLLECTED", ambiguous(collected)));
        p.facts.add(FactKeys.date(reported, "REPORTED", ambiguous(reported)));
        List<String> rows = new ArrayList<>();
        rows.add("Investigation\tObserved value\tUnits\tBiological reference interval");
        List<Lab> labs = new ArrayList<>(LABS);
        Collections.shuffle(labs, random);
        for (Lab lab : labs.subList(0, between(5, 8))) {
            if (hand != null && hand[1].equals("LAB|" + lab.canonical())) {
                continue;
            }
            rows.add(labRow(p, lab));
        }
        p.table(rows);
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Interpretation: correlate clinically. Sample type: serum / EDTA whole blood.",
                "Dr. R. Bapat, MD (Path)    Reg. No. 56789");
        return p;
    }

    /** A referral letter in prose: facts inside sentences, a negation, a date range for leave. */
    HeldOutPage referralLetter(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "referral letter in prose");
        String[] hand = handwriting ? HANDWRITING[random.nextInt(HANDWRITING.length)] : null;
        p.wide("Dr. K. Iyengar, MD    Family Physician", "Shop 3, Lakeview Complex, Mysuru 570009");
        LocalDate on = date();
        p.wide("Dated " + on.getDayOfMonth() + " " + month(on) + " " + on.getYear());
        p.facts.add(FactKeys.date(on, "DOCUMENT", false));
        p.wide("Dear Colleague,", "Kindly see " + person() + ", " + between(30, 80) + " years, a known case of "
                + diagnosis(p) + ".");
        p.wide(PLAIN_NEGATIONS[random.nextInt(PLAIN_NEGATIONS.length)] + " " + denial(p));
        List<String> findings = new ArrayList<>();
        vitals(p, findings, hand);
        p.wide(findings.toArray(String[]::new));
        List<String> meds = new ArrayList<>();
        meds.add("He is currently taking:");
        prescription(p, meds, 2 + random.nextInt(2), hand);
        p.wide(meds.toArray(String[]::new));
        LocalDate from = date();
        LocalDate to = from.plusDays(between(2, 6));
        p.wide("Advised rest from " + slashed(from) + " to " + slashed(to) + ".");
        p.facts.add(FactKeys.date(from, "OTHER", ambiguous(from)));
        p.facts.add(FactKeys.date(to, "OTHER", ambiguous(to)));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Thanking you, yours sincerely.");
        return p;
    }

    /** A discharge summary: two-column header, course in prose, investigations inline, medicines in a list. */
    HeldOutPage dischargeSummary(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "two-column discharge summary");
        String[] hand = handwriting ? HANDWRITING[random.nextInt(HANDWRITING.length)] : null;
        p.wide("ST. MARTHA'S NURSING HOME", "SUMMARY OF DISCHARGE");
        LocalDate in = date();
        LocalDate out = in.plusDays(between(2, 8));
        p.column(0, List.of("Name: " + person(), "IP No: " + between(10000, 99999), "Ward 5, Bed " + between(1, 30)));
        p.column(1, List.of("DOA: " + slashed(in), "DOD: " + slashed(out), "Consultant: Dr. P. Shetty"));
        // "DOA"/"DOD" are how wards write admission and discharge dates.
        p.facts.add(FactKeys.date(in, "ADMISSION", ambiguous(in)));
        p.facts.add(FactKeys.date(out, "DISCHARGE", ambiguous(out)));
        p.wide("Diagnosis: " + diagnosis(p) + ", " + diagnosis(p));
        p.wide(denial(p) + " " + PLAIN_NEGATIONS[random.nextInt(PLAIN_NEGATIONS.length)]);
        List<String> course = new ArrayList<>();
        course.add("Condition at discharge: stable.");
        vitals(p, course, hand);
        List<Lab> labs = new ArrayList<>(LABS);
        Collections.shuffle(labs, random);
        for (Lab lab : labs.subList(0, between(2, 3))) {
            if (hand != null && hand[1].equals("LAB|" + lab.canonical())) {
                continue;
            }
            String[] cells = labRow(p, lab).split("\t");
            course.add(cells[0] + " - " + cells[1] + " " + cells[2] + " [" + cells[3] + "]");
        }
        p.wide(course.toArray(String[]::new));
        List<String> meds = new ArrayList<>();
        meds.add("Medicines on discharge:");
        prescription(p, meds, 2 + random.nextInt(3), hand);
        p.wide(meds.toArray(String[]::new));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Review in OPD with reports. In emergency call 1800 233 4455.");
        return p;
    }

    private void vitals(HeldOutPage p, List<String> lines, String[] hand) {
        boolean noBp = hand != null && hand[1].equals("BP");
        boolean noPulse = hand != null && hand[1].equals("VITAL|PULSE");
        if (!noBp) {
            int sys = between(96, 176);
            int dia = between(58, Math.min(104, sys - 30));
            lines.add("B.P. " + sys + "/" + dia + " mm Hg");
            p.facts.add(FactKeys.bloodPressure(sys, dia));
        }
        if (!noPulse) {
            int pulse = between(54, 124);
            int spo2 = between(88, 100);
            lines.add("Pulse rate " + pulse + "/min, SpO2 " + spo2 + " % on room air");
            p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(pulse)));
            p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        }
        if (random.nextBoolean()) {
            BigDecimal f = decimal(97.2, 103.4);
            lines.add("Temperature " + f.toPlainString() + " deg F");
            p.facts.add(FactKeys.vital("TEMPERATURE", f.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                    .divide(BigDecimal.valueOf(9), 1, RoundingMode.HALF_UP)));
        } else {
            BigDecimal c = decimal(36.1, 39.6);
            lines.add("Temperature " + c.toPlainString() + " deg C");
            p.facts.add(FactKeys.vital("TEMPERATURE", c));
        }
        if (random.nextBoolean()) {
            int rr = between(12, 30);
            lines.add("Resp. rate " + rr + " breaths/min");
            p.facts.add(FactKeys.vital("RESPIRATORY_RATE", BigDecimal.valueOf(rr)));
        }
    }

    private void prescription(HeldOutPage p, List<String> lines, int count, String[] hand) {
        List<Drug> drugs = new ArrayList<>(DRUGS);
        Collections.shuffle(drugs, random);
        int n = 1;
        for (Drug d : drugs.subList(0, count + 1)) {
            if (n > count || hand != null && hand[1].equals("MED|" + d.canonical())) {
                continue;
            }
            String strength = d.strengths()[random.nextInt(d.strengths().length)];
            String[] freq = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
            boolean oral = random.nextInt(3) == 0;
            int days = between(3, 14);
            String[][] durations = {{"x " + days + " days", days + " DAYS"}, {"for " + days + " days", days + " DAYS"},
                {days + "/7", days + " DAYS"}, {"for 2 weeks", "2 WEEKS"}, {"", "-"}};
            String[] duration = durations[random.nextInt(durations.length)];
            StringBuilder line = new StringBuilder().append(n).append(") ").append(d.form()).append(' ')
                    .append(d.printed()).append(' ').append(strength).append(oral ? " orally " : " ").append(freq[0]);
            if (!duration[0].isEmpty()) {
                line.append(' ').append(duration[0]);
            }
            if (n == 1 && random.nextBoolean()) {
                // A distractor: the pharmacy's number printed right after a dose.
                line.append("   Pharmacy ").append(between(90000, 99999)).append(' ').append(between(10000, 99999));
            }
            lines.add(line.toString());
            p.facts.add(FactKeys.medication(d.canonical(), strength, d.form().equals("Cap") ? "CAPSULE" : "TABLET",
                    oral ? "ORAL" : "-", freq[1], duration[1]));
            n++;
        }
        if (random.nextInt(3) == 0) {
            String unlisted = UNLISTED[random.nextInt(UNLISTED.length)];
            lines.add(n + ") Tab " + unlisted + " 1-0-0 x 10 days");
            p.denied.add("UNLISTED MED|" + unlisted);
        }
    }

    private String labRow(HeldOutPage p, Lab lab) {
        double raw = lab.min() + random.nextDouble() * (lab.max() - lab.min());
        BigDecimal value = BigDecimal.valueOf(raw).setScale(lab.decimals(), RoundingMode.HALF_UP);
        String flag = value.compareTo(new BigDecimal(lab.low())) < 0 ? "LOW"
                : value.compareTo(new BigDecimal(lab.high())) > 0 ? "HIGH" : "NORMAL";
        String printedFlag = flag.equals("NORMAL") ? "" : random.nextBoolean() ? " " + flag.charAt(0)
                + flag.substring(1).toLowerCase(Locale.ROOT) : " *";
        p.facts.add(FactKeys.lab(lab.canonical(), value, lab.unit(), flag));
        return lab.printed() + "\t" + value.toPlainString() + printedFlag + "\t" + lab.unit() + "\t" + lab.low()
                + " - " + lab.high();
    }

    private String diagnosis(HeldOutPage p) {
        Dx dx;
        do {
            dx = DIAGNOSES.get(random.nextInt(DIAGNOSES.size()));
        } while (p.facts.contains(FactKeys.diagnosis(dx.canonical())));
        p.facts.add(FactKeys.diagnosis(dx.canonical()));
        return dx.printed();
    }

    private String denial(HeldOutPage p) {
        String[] d = DENIALS[random.nextInt(DENIALS.length)];
        p.denied.add(FactKeys.diagnosis(d[1]));
        return d[0];
    }

    private void handwritten(HeldOutPage p, String[] hand) {
        p.handwritten(hand[0]);
        for (int i = 1; i < hand.length; i++) {
            p.denied.add("GUESS " + hand[i]);
        }
    }

    private String person() {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    private LocalDate date() {
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(330));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private BigDecimal decimal(double min, double max) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(1, RoundingMode.HALF_UP);
    }

    private static String slashed(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String dashed(LocalDate d) {
        return String.format(Locale.ROOT, "%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String month(LocalDate d) {
        String m = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        return m;
    }

    private static boolean ambiguous(LocalDate d) {
        return d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
    }
}
