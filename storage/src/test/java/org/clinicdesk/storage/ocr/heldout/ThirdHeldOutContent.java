package org.clinicdesk.storage.ocr.heldout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.clinicdesk.storage.ocr.generator.FactKeys;

/**
 * Writes the third held-out set's papers, apart from the development generator and both earlier held-out sets: six
 * templates (a two-column hospital discharge summary, a pharmacy bill with batch numbers and MRP beside the doses, a
 * referral letter in prose, a pathology report whose ruled tables carry the units in their headings, a child's
 * immunisation and growth card, an antenatal card), other medicines and brands as Indian clinics print them, dose
 * forms "Tab."/"T."/"Cap."/"C."/"Syp."/"Inj.", as-needed doses, a tapering course, stopped medicines, lab flags
 * printed five ways, negations and distractors (bed, batch and IP numbers, MRP, pack sizes, expiry months, foetal heart
 * rate, dates of a rest period), and handwritten lines. Medicines, tests and diagnoses a reader knows but no list of
 * the extractor holds are written as {@code UNLISTED} lines.
 */
final class ThirdHeldOutContent {
    /** A medicine as printed; {@code listed} false when the extractor's lists do not hold it (then UNLISTED). */
    private record Drug(String canonical, String printed, String form, String strength, boolean listed) {
    }

    private record Dx(String canonical, String printed, boolean listed) {
    }

    private record Lab(String canonical, String printed, String unit, String low, String high, double min,
                       double max, int decimals, boolean listed) {
    }

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Medicines taken home from a ward or written in a letter. */
    private static final List<Drug> ORAL = List.of(
            new Drug("Carvedilol", "Carvedilol", "Tab", "6.25 mg", false),
            new Drug("Torsemide", "Dytor", "Tab", "10 mg", false),
            new Drug("Olmesartan", "Olmesartan", "Tab", "20 mg", false),
            new Drug("Dapagliflozin", "Dapagliflozin", "Tab", "10 mg", false),
            new Drug("Vildagliptin", "Vildagliptin", "Tab", "50 mg", false),
            new Drug("Linezolid", "Linezolid", "Tab", "600 mg", false),
            new Drug("Cefpodoxime", "Cefpodoxime", "Tab", "200 mg", false),
            new Drug("Amoxicillin", "Amoxycillin", "Cap", "500 mg", true),
            new Drug("Cephalexin", "Cefalexin", "Cap", "500 mg", true),
            new Drug("Ticagrelor", "Ticagrelor", "Tab", "90 mg", false),
            new Drug("Rabeprazole", "Rabeprazole", "Tab", "20 mg", false),
            new Drug("Rosuvastatin", "Rosuvastatin", "Tab", "10 mg", true),
            new Drug("Amitriptyline", "Amitriptyline", "Tab", "10 mg", true),
            new Drug("Hydroxychloroquine", "Hydroxychloroquine", "Tab", "200 mg", false),
            new Drug("Digoxin", "Digoxin", "Tab", "0.25 mg", true),
            new Drug("Sodium Valproate", "Sodium Valproate", "Tab", "500 mg", true),
            new Drug("Phenytoin", "Phenytoin", "Tab", "100 mg", true),
            new Drug("Vitamin B12", "Methylcobalamin", "Tab", "1500 mcg", true),
            new Drug("Calcium Carbonate", "Calcium Carbonate", "Tab", "500 mg", true),
            new Drug("Ivermectin", "Ivermectin", "Tab", "12 mg", true),
            new Drug("Etoricoxib", "Etoricoxib", "Tab", "90 mg", false),
            new Drug("Metoclopramide", "Metoclopramide", "Tab", "10 mg", true),
            new Drug("Clonazepam", "Clonazepam", "Tab", "0.5 mg", false));
    /** Given on the ward: the discharge summary's course in hospital. */
    private static final List<Drug> WARD = List.of(
            new Drug("Ceftriaxone", "Ceftriaxone", "Inj", "1 g", true),
            new Drug("Piperacillin-Tazobactam", "Piperacillin-Tazobactam", "Inj", "4.5 g", false),
            new Drug("Enoxaparin", "Enoxaparin", "Inj", "40 mg", false),
            new Drug("Hydrocortisone", "Hydrocortisone", "Inj", "100 mg", true),
            new Drug("Amikacin", "Amikacin", "Inj", "500 mg", false),
            new Drug("Insulin", "Actrapid", "Inj", "8 units", false));
    /** A pharmacy bill's lines: brand, strength and form in capitals as billing software prints them. */
    private static final List<Drug> BILLED = List.of(
            new Drug("Telmisartan", "TELMA", "TAB", "40 mg", false),
            new Drug("Pantoprazole", "PAN", "TAB", "40 mg", false),
            new Drug("Azithromycin", "AZITHRAL", "TAB", "500 mg", true),
            new Drug("Paracetamol", "CALPOL", "TAB", "650 mg", true),
            new Drug("Rosuvastatin", "ROSUVAS", "TAB", "10 mg", false),
            new Drug("Levothyroxine", "THYRONORM", "TAB", "50 mcg", false),
            new Drug("Ondansetron", "EMESET", "TAB", "4 mg", true),
            new Drug("Amoxicillin-Clavulanate", "AUGMENTIN", "TAB", "625 mg", true),
            new Drug("Metformin", "GLYCOMET", "TAB", "500 mg", true),
            new Drug("Cefixime", "TAXIM-O", "TAB", "200 mg", false),
            new Drug("Montelukast-Levocetirizine", "MONTAIR LC", "TAB", "-", false),
            new Drug("Vitamin B complex", "NEUROBION FORTE", "TAB", "-", false),
            new Drug("Amlodipine", "AMLONG", "TAB", "5 mg", true),
            new Drug("Omeprazole", "OMEZ", "CAP", "20 mg", false),
            new Drug("Pregabalin", "PREGABA", "CAP", "75 mg", false));
    private static final String[][] FREQUENCIES = {{"1-0-1", "BD"}, {"1-0-0", "OD"}, {"0-0-1", "OD"},
        {"1-1-1", "TDS"}, {"BD", "BD"}, {"OD", "OD"}, {"HS", "QHS"}, {"8-hourly", "Q8H"}, {"½-0-½", "BD"},
        {"0-1-0", "OD"}, {"twice daily", "BD"}, {"once in the morning", "OD"}, {"at night", "QHS"}};
    private static final String[][] DURATIONS = {{"x 5 d", "5 DAYS"}, {"for 3 wks", "3 WEEKS"},
        {"x 1 month", "1 MONTHS"}, {"to continue", "-"}, {"x 14 days", "14 DAYS"}, {"for 10 days", "10 DAYS"},
        {"x 2 months", "2 MONTHS"}};
    /** The first diagnosis of a discharge summary, and a second the lists lack. */
    private static final List<Dx> WARD_DIAGNOSES = List.of(
            new Dx("Pneumonia", "Community acquired pneumonia (right lower lobe)", true),
            new Dx("Heart failure", "Decompensated CHF", true), new Dx("Cellulitis", "Cellulitis left leg", true),
            new Dx("Dengue fever", "Dengue fever with thrombocytopenia", true),
            new Dx("Chronic obstructive pulmonary disease", "Acute exacerbation of COPD", true),
            new Dx("Urinary tract infection", "Urinary tract infection (E. coli)", true),
            new Dx("Acute gastroenteritis", "Acute gastroenteritis", true));
    private static final List<Dx> SECOND_DIAGNOSES = List.of(new Dx("Acute kidney injury", "Acute kidney injury",
            false), new Dx("Hypokalaemia", "Hypokalaemia", false), new Dx("Sepsis", "Sepsis", false),
            new Dx("Diabetic foot ulcer", "Diabetic foot ulcer", false),
            new Dx("Acute pancreatitis", "Acute pancreatitis", false));
    private static final List<Dx> REFERRAL_DIAGNOSES = List.of(new Dx("Hypothyroidism", "hypothyroidism", true),
            new Dx("Rheumatoid arthritis", "rheumatoid arthritis", true), new Dx("Epilepsy", "epilepsy", true),
            new Dx("Chronic kidney disease", "chronic kidney disease (stage 3)", true),
            new Dx("Atrial fibrillation", "atrial fibrillation", true),
            new Dx("Osteoarthritis", "osteoarthritis of both knees", true),
            new Dx("Parkinson's disease", "Parkinson's disease", false),
            new Dx("Benign prostatic hyperplasia", "benign prostatic hyperplasia", false));
    private static final List<Dx> CHILD_DIAGNOSES = List.of(new Dx("Otitis media", "Acute otitis media", true),
            new Dx("Upper respiratory tract infection", "URTI", true),
            new Dx("Acute gastroenteritis", "Acute gastroenteritis", true),
            new Dx("Viral fever", "Viral fever", true), new Dx("Acute pharyngitis", "Pharyngitis", true));
    /** A negation as these papers print it, and the diagnosis it denies. */
    private static final String[][] DENIALS = {
        {"Chest X-ray: no consolidation.", "Pneumonia"}, {"Sputum CBNAAT: MTB not detected.", "Tuberculosis"},
        {"Peripheral smear: no malarial parasites.", "Malaria"}, {"Typhidot IgM negative.", "Typhoid fever"},
        {"2D Echo: EF 60%, no heart failure.", "Heart failure"}, {"Urine routine: 1-2 pus cells, no UTI.",
            "Urinary tract infection"}, {"Troponin T not raised; MI excluded.", "Acute myocardial infarction"},
        {"NS1 antigen negative, dengue unlikely.", "Dengue fever"}};
    /** Negations of conditions the lists do not hold: distractors only. */
    private static final String[] PLAIN_NEGATIONS = {"No pedal oedema.", "Blood culture: no growth after 48 hrs.",
        "Doppler: no evidence of DVT.", "USG abdomen: no free fluid.", "No focal neurological deficit."};
    /** Each with its own reference interval; the unit is printed once, in the table's heading. */
    private static final String[][] PANEL_UNITS = {{"LIPID PROFILE", "mg/dL"}, {"RENAL FUNCTION TEST", "mg/dL"},
        {"SERUM ELECTROLYTES", "mmol/L"}, {"LIVER ENZYMES", "U/L"}};
    private static final List<List<Lab>> PANELS = List.of(
            List.of(new Lab("Total cholesterol", "Total Cholesterol", "mg/dL", null, "200", 140, 270, 0, true),
                    new Lab("HDL cholesterol", "HDL Cholesterol", "mg/dL", "40", null, 28, 62, 0, true),
                    new Lab("LDL cholesterol", "LDL Cholesterol (calc.)", "mg/dL", null, "100", 70, 190, 0, true),
                    new Lab("VLDL cholesterol", "VLDL Cholesterol", "mg/dL", "2", "30", 14, 52, 0, false)),
            List.of(new Lab("Urea", "Blood Urea", "mg/dL", "15", "40", 14, 96, 0, true),
                    new Lab("Creatinine", "Serum Creatinine", "mg/dL", "0.7", "1.3", 0.6, 3.1, 2, true),
                    new Lab("Uric acid", "Uric Acid", "mg/dL", "3.5", "7.2", 3.1, 9.8, 1, true),
                    new Lab("Calcium", "Calcium (total)", "mg/dL", "8.5", "10.5", 7.6, 10.9, 1, true),
                    new Lab("Phosphorus", "Phosphorus (inorganic)", "mg/dL", "2.5", "4.5", 2.2, 6.0, 1, false)),
            List.of(new Lab("Sodium", "Sodium", "mmol/L", "136", "145", 124, 148, 0, true),
                    new Lab("Potassium", "Potassium", "mmol/L", "3.5", "5.1", 2.8, 6.2, 1, true),
                    new Lab("Chloride", "Chloride", "mmol/L", "98", "107", 92, 112, 0, true),
                    new Lab("Bicarbonate", "Bicarbonate", "mmol/L", "22", "29", 16, 30, 0, false)),
            List.of(new Lab("AST", "AST (SGOT)", "U/L", null, "40", 14, 160, 0, true),
                    new Lab("ALT", "ALT (SGPT)", "U/L", null, "41", 10, 190, 0, true),
                    new Lab("Alkaline phosphatase", "Alkaline Phosphatase", "U/L", "40", "129", 52, 340, 0, false),
                    new Lab("GGT", "Gamma GT", "U/L", null, "60", 12, 210, 0, false)));
    /** Handwritten lines, with what a guess from each would assert. */
    private static final String[][] HANDWRITING = {
        {"Syp Calpol 5 ml SOS", "MED|Paracetamol"}, {"Hb 8.9 - transfuse 1 unit PRBC", "LAB|Hemoglobin"},
        {"BP 168/108 - refer", "BP"}, {"Pulse 124/min, feeble", "VITAL|PULSE"}, {"T. Tramadol 50 mg SOS",
            "MED|Tramadol"}, {"RBS 312 mg/dl at 2 am", "LAB|Glucose"}, {"Temp 102.6 F at night",
            "VITAL|TEMPERATURE"}, {"SpO2 88% - start O2", "VITAL|SPO2"}};
    private static final String[] GIVEN = {"Venkatesh", "Shobha", "Irfan", "Rosamma", "Harpreet", "Nandini",
        "Bhaskar", "Farida", "Thomas", "Jayashree", "Dinesh", "Sarojini"};
    private static final String[] FAMILY = {"Pillai", "Gowda", "Ansari", "Varghese", "Sandhu", "Menon", "Bhat",
        "Qureshi", "Fernandes", "Deshmukh", "Yadav", "Saxena"};
    private static final String[] CHILD = {"Aarav", "Diya", "Kabir", "Anika", "Vihaan", "Myra", "Reyansh", "Saanvi"};

    private final Random random;
    /** Handwritten lines already drawn in the set, so the eight papers with one do not repeat the same few. */
    private final Set<String> usedHands = new HashSet<>();

    ThirdHeldOutContent(Random random) {
        this.random = random;
    }

    /** A hospital discharge summary: particulars beside the diagnoses in two columns, course, results, advice. */
    HeldOutPage dischargeSummary(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "hospital discharge summary in two columns");
        boolean male = random.nextBoolean();
        p.wide("ST. MARTHA'S MULTISPECIALITY HOSPITAL",
                "DISCHARGE SUMMARY    Helpline 080-2345 " + between(1000, 9999));
        LocalDate admitted = date();
        LocalDate discharged = admitted.plusDays(between(3, 9));
        p.facts.add(FactKeys.date(admitted, "ADMISSION", false));
        p.facts.add(FactKeys.date(discharged, "DISCHARGE", false));
        p.column(0, List.of("Name: " + person(male), "Age/Sex: " + between(38, 82) + "/" + (male ? "M" : "F"),
                "IP No: 25/" + between(10000, 99999), "Ward/Bed: MW-" + between(1, 4) + " / " + between(1, 40),
                "DOA: " + MONTH_NAME.format(admitted), "DOD: " + MONTH_NAME.format(discharged),
                "Consultant: Dr. R. Menon, MD"));
        Dx first = WARD_DIAGNOSES.get(random.nextInt(WARD_DIAGNOSES.size()));
        Dx second = SECOND_DIAGNOSES.get(random.nextInt(SECOND_DIAGNOSES.size()));
        diagnosis(p, first);
        diagnosis(p, second);
        List<String> right = new ArrayList<>(List.of("Final diagnosis:", "1. " + first.printed(),
                "2. " + second.printed()));
        if (random.nextBoolean()) {
            right.add("K/c/o T2DM, HTN");
            p.facts.add(FactKeys.diagnosis("Type 2 diabetes mellitus"));
            p.facts.add(FactKeys.diagnosis("Essential hypertension"));
        }
        right.add("Vitals at admission:");
        right.addAll(vitalsLines(p));
        p.column(1, right);
        List<String> course = new ArrayList<>();
        course.add("Course in hospital: admitted with fever and breathlessness. " + denial(p));
        List<Drug> ward = shuffled(WARD);
        course.add("Treated with " + wardDose(p, ward.get(0)) + " and " + wardDose(p, ward.get(1)) + ". "
                + PLAIN_NEGATIONS[random.nextInt(PLAIN_NEGATIONS.length)]);
        course.add("Investigations: " + String.join("  |  ", dischargeLabs(p, male)));
        p.wide(course.toArray(String[]::new));
        List<String> advice = new ArrayList<>();
        advice.add("Advice on discharge:");
        List<Drug> oral = shuffled(ORAL);
        int n = 1;
        for (Drug d : oral.subList(0, between(2, 3))) {
            advice.add(n++ + ". " + medLine(p, d));
        }
        advice.add(n++ + ". " + taper(p));
        advice.add(n++ + ". " + asNeeded(p));
        advice.add("STOP: " + stopped(p, oral.get(5)) + " ("
                + (random.nextBoolean() ? "not needed now" : "side effects") + ")");
        p.wide(advice.toArray(String[]::new));
        LocalDate rest = discharged.plusDays(1);
        LocalDate review = discharged.plusDays(7);
        p.facts.add(FactKeys.date(review, "OTHER", false));
        handwritten(p, handwriting);
        p.wide("Rest advised from " + MONTH_NAME.format(rest) + " to " + MONTH_NAME.format(rest.plusDays(13))
                + " (certificate issued).", "Review in OPD on " + MONTH_NAME.format(review) + " with CBC, RFT.");
        return p;
    }

    /** A pharmacy's cash bill: a ruled table of items with batch, expiry, quantity, MRP and amount. */
    HeldOutPage pharmacyBill(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "pharmacy bill with batch numbers and MRP");
        p.wide("SRI BALAJI MEDICALS & GENERAL STORES", "No. 41, 2nd Cross, Jayanagar, Bengaluru 560011",
                "Ph: 080-2663 " + between(1000, 9999) + "  DL No: KA-B21/20B-" + between(10000, 99999)
                        + "  GSTIN 29AB" + between(10000, 99999) + "Z1");
        LocalDate on = date();
        p.facts.add(FactKeys.date(on, "DOCUMENT", ambiguous(on)));
        p.wide(String.format(Locale.ROOT, "CASH BILL  No. %d    Dt: %02d/%02d/%02d  %02d:%02d", between(1000, 9999),
                on.getDayOfMonth(), on.getMonthValue(), on.getYear() % 100, between(9, 21), between(0, 59)),
                "Patient: " + person() + "    Dr: " + (random.nextBoolean() ? "K. Gowda" : "S. Bhat"));
        p.wide(""); // the renderer rules a table right under the line before it
        List<String> rows = new ArrayList<>();
        rows.add("Item\tBatch    Exp\tQty\tMRP      Amount");
        BigDecimal total = BigDecimal.ZERO;
        for (Drug d : shuffled(BILLED).subList(0, between(4, 6))) {
            String strength = d.strength().equals("-") ? "" : " " + d.strength().replace(" ", "").toUpperCase(
                    Locale.ROOT);
            int pack = random.nextBoolean() ? 10 : 15;
            int qty = pack * between(1, 3);
            BigDecimal mrp = BigDecimal.valueOf(between(3000, 29000), 2);
            BigDecimal amount = mrp.multiply(BigDecimal.valueOf(qty)).divide(BigDecimal.valueOf(pack), 2,
                    RoundingMode.HALF_UP);
            total = total.add(amount);
            rows.add(d.printed() + strength + " " + d.form() + " " + pack + "'S\t" + batch() + "  "
                    + String.format(Locale.ROOT, "%02d/%02d", between(1, 12), between(26, 28)) + "\t" + qty + "\t"
                    + mrp.toPlainString() + "   " + amount.toPlainString());
            String form = d.form().equals("CAP") ? "CAPSULE" : "TABLET";
            fact(p, d, FactKeys.medication(d.canonical(), d.strength(), form, "-", "-", "-"));
        }
        p.table(rows);
        p.wide("Total: Rs. " + total.setScale(2, RoundingMode.HALF_UP).toPlainString() + "   Less disc. 10%"
                + "   Net: Rs. " + total.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP));
        handwritten(p, handwriting);
        p.wide("Goods once sold will not be taken back. Keep medicines below 25 C.", "Pharmacist: M. Qureshi");
        return p;
    }

    /** A referral letter in prose: findings, results and current medicines written in sentences. */
    HeldOutPage referralLetter(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "referral letter in prose");
        boolean male = random.nextBoolean();
        String he = male ? "He" : "She";
        String his = male ? "his" : "her";
        p.wide("Dr. Meera Pillai, MBBS, MD (Family Medicine)", "Pillai Family Clinic, Kochi 682020.  Tel 0484 236 "
                + between(1000, 9999));
        LocalDate on = date();
        LocalDate tested = on.minusDays(between(2, 9));
        p.facts.add(FactKeys.date(on, "DOCUMENT", false));
        p.facts.add(FactKeys.date(tested, "OTHER", false));
        Dx known = REFERRAL_DIAGNOSES.get(random.nextInt(REFERRAL_DIAGNOSES.size()));
        diagnosis(p, known);
        int age = between(45, 79);
        int hr = between(52, 118);
        int sys = between(104, 184);
        int dia = between(62, Math.min(110, sys - 32));
        String[] hand = pickHand(handwriting, List.of("VITAL|PULSE", "BP", "VITAL|TEMPERATURE", "LAB|Hemoglobin"));
        StringBuilder exam = new StringBuilder("On examination today ");
        if (hand == null || !hand[1].equals("VITAL|PULSE")) {
            exam.append(his).append(" pulse was ").append(hr).append(" per minute, ");
            p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        }
        if (hand == null || !hand[1].equals("BP")) {
            exam.append("blood pressure ").append(sys).append("/").append(dia).append(" mm Hg, ");
            p.facts.add(FactKeys.bloodPressure(sys, dia));
        }
        int spo2 = between(91, 99);
        exam.append("and oxygen saturation ").append(spo2).append("% on room air.");
        p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        BigDecimal creat = decimal(0.8, 2.6, 1);
        BigDecimal a1c = decimal(5.4, 10.8, 1);
        p.facts.add(FactKeys.lab("Creatinine", creat, "mg/dL", flag(creat, "0.7", "1.3")));
        p.facts.add(FactKeys.lab("HbA1c", a1c, "%", flag(a1c, "4.0", "5.6")));
        List<Drug> drugs = shuffled(ORAL);
        String current = proseMed(p, drugs.get(0)) + " and " + proseMed(p, drugs.get(1));
        String stoppedDrug = stopped(p, drugs.get(2));
        String[] denial = DENIALS[random.nextInt(DENIALS.length)];
        p.denied.add(FactKeys.diagnosis(denial[1]));
        p.wide("Date: " + LONG.format(on), "", "Dear Dr. Varghese,");
        p.wide(wrap("I am referring " + (male ? "Mr. " : "Mrs. ") + person(male) + ", aged " + age
                + ", a known case of "
                + known.printed() + ", for your opinion and further management. " + exam.toString().trim() + " " + he
                + " is not a smoker. " + PLAIN_NEGATIONS[random.nextInt(PLAIN_NEGATIONS.length)] + " " + denial[0]));
        p.wide(wrap("In " + his + " reports of " + LONG.format(tested) + " the serum creatinine was "
                + creat.toPlainString() + " mg/dL and HbA1c " + a1c.toPlainString() + " %. " + he
                + " is currently taking " + current + ". I have stopped " + stoppedDrug + " last week. If needed "
                + he.toLowerCase(Locale.ROOT) + " may take " + asNeeded(p) + "."));
        handwritten(p, hand);
        p.wide("Kindly see and advise. Thanking you,", "Yours sincerely,", "Dr. Meera Pillai  (Reg. No. TCMC 41"
                + between(100, 999) + ")");
        return p;
    }

    /** A pathology report from a lab whose ruled tables print each panel's unit once, in the column headings. */
    HeldOutPage pathologyTables(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "pathology report, units in the table headings");
        p.wide("METRO PATH LABS  (NABL accredited)", "Customer care 1800 425 " + between(1000, 9999)
                + "   Visit ID MPL" + between(100000, 999999));
        LocalDate collected = date();
        p.facts.add(FactKeys.date(collected, "SAMPLE_COLLECTED", ambiguous(collected)));
        p.facts.add(FactKeys.date(collected, "REPORTED", ambiguous(collected)));
        p.wide("Name: " + person() + "    Age: " + between(28, 76) + " Y    Sex: " + (random.nextBoolean() ? "Male"
                : "Female"), "Collected: " + hyphen(collected) + " 07:" + between(10, 59) + "    Reported: "
                + hyphen(collected) + " 1" + between(3, 8) + ":" + between(10, 59) + "    Ref. Dr: Self");
        String[] hand = pickHand(handwriting, List.of("LAB|Hemoglobin", "LAB|Glucose", "BP", "VITAL|SPO2"));
        List<String> blood = new ArrayList<>();
        if (hand == null || !hand[1].equals("LAB|Hemoglobin")) {
            BigDecimal hb = decimal(8.6, 16.4, 1);
            String f = flag(hb, "12.0", "16.0");
            blood.add("Haemoglobin  " + hb.toPlainString() + " g/dL " + printedFlag(f) + "  (12.0 - 16.0)");
            p.facts.add(FactKeys.lab("Hemoglobin", hb, "g/dL", f));
        }
        if (hand == null || !hand[1].equals("LAB|Glucose")) {
            int rbs = between(84, 290);
            String f = flag(BigDecimal.valueOf(rbs), "70", "140");
            blood.add("Glucose, random (plasma)  " + rbs + " mg/dL " + printedFlag(f) + "  (70 - 140)");
            p.facts.add(FactKeys.lab("Glucose", BigDecimal.valueOf(rbs), "mg/dL", f));
        }
        if (!blood.isEmpty()) {
            p.wide(blood.toArray(String[]::new));
        }
        p.wide(""); // the renderer rules a table right under the line before it
        List<Integer> panels = new ArrayList<>(List.of(0, 1, 2, 3));
        Collections.shuffle(panels, random);
        for (int k : panels.subList(0, 2)) {
            List<String> rows = new ArrayList<>();
            String unit = PANEL_UNITS[k][1];
            rows.add(PANEL_UNITS[k][0] + "\tResult (" + unit + ")\tFlag\tRef. interval (" + unit + ")");
            for (Lab lab : PANELS.get(k)) {
                BigDecimal value = decimal(lab.min(), lab.max(), lab.decimals());
                String f = flag(value, lab.low(), lab.high());
                String interval = lab.low() == null ? "< " + lab.high() : lab.high() == null ? "> " + lab.low()
                        : lab.low() + " - " + lab.high();
                rows.add(lab.printed() + "\t" + value.toPlainString() + "\t" + printedFlag(f) + "\t" + interval);
                if (lab.listed()) {
                    p.facts.add(FactKeys.lab(lab.canonical(), value, unit, f));
                } else {
                    p.denied.add("UNLISTED LAB|" + lab.canonical());
                }
            }
            p.table(rows);
        }
        p.wide("Note: fasting 10-12 hrs. HIV I & II antibodies: Non-reactive. HBsAg: Negative.",
                "Malaria antigen (Pf/Pv): Negative.");
        p.denied.add(FactKeys.diagnosis("Malaria"));
        handwritten(p, hand);
        p.wide("*** End of report ***   Dr. N. Deshmukh, MD (Path)   Page 1/1");
        return p;
    }

    /** A child's immunisation and growth card: a ruled table of vaccines, growth, and an illness visit. */
    HeldOutPage childCard(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "child immunisation and growth card");
        p.wide("MOTHER & CHILD PROTECTION CARD - IMMUNISATION", "Anganwadi / PHC Hoskote   MCTS ID "
                + between(1000, 9999) + " " + between(1000, 9999) + " " + between(100, 999));
        LocalDate born = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
        p.facts.add(FactKeys.date(born, "BIRTH", ambiguous(born)));
        p.wide("Child: " + CHILD[random.nextInt(CHILD.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]
                + "    DOB: " + slashed(born) + "    Birth wt: " + decimal(2.4, 3.6, 1) + " kg");
        p.wide(""); // the renderer rules a table right under the line before it
        List<String> rows = new ArrayList<>();
        rows.add("Vaccine\tDue at\tGiven on\tBatch No.");
        String[][] schedule = {{"BCG, OPV-0, Hep B-0", "Birth", "0"}, {"Penta-1, OPV-1, Rota-1, fIPV-1", "6 wks",
            "42"}, {"Penta-2, OPV-2, Rota-2", "10 wks", "70"}, {"Penta-3, OPV-3, Rota-3, fIPV-2", "14 wks", "98"},
            {"MR-1, JE-1, Vit A 1 lakh IU", "9 months", "270"}};
        int given = between(3, 4);
        LocalDate last = born;
        for (int i = 0; i < schedule.length; i++) {
            if (i < given) {
                LocalDate on = born.plusDays(Integer.parseInt(schedule[i][2]) + between(0, 6));
                rows.add(schedule[i][0] + "\t" + schedule[i][1] + "\t" + slashed(on) + "\t" + batch());
                p.facts.add(FactKeys.date(on, "OTHER", ambiguous(on)));
                last = on;
            } else {
                rows.add(schedule[i][0] + "\t" + schedule[i][1] + "\t-\t");
            }
        }
        p.table(rows);
        p.wide("Growth: Wt " + decimal(5.2, 9.4, 1) + " kg   Length " + between(58, 74) + " cm   Head circ. "
                + between(39, 45) + " cm  (normal, green zone)");
        LocalDate sick = last.plusDays(between(5, 20));
        p.facts.add(FactKeys.date(sick, "OTHER", ambiguous(sick)));
        Dx dx = CHILD_DIAGNOSES.get(random.nextInt(CHILD_DIAGNOSES.size()));
        diagnosis(p, dx);
        String[] hand = pickHand(handwriting, List.of("MED|Paracetamol", "VITAL|TEMPERATURE", "VITAL|SPO2",
                "VITAL|PULSE"));
        List<String> visit = new ArrayList<>();
        StringBuilder seen = new StringBuilder("Sick visit " + slashed(sick) + ": fever 2 days.");
        if (hand == null || !hand[1].equals("VITAL|TEMPERATURE")) {
            BigDecimal f = decimal(99.6, 103.2, 1);
            seen.append(" Temp ").append(f.toPlainString()).append(" F,");
            p.facts.add(FactKeys.vital("TEMPERATURE", celsius(f)));
        }
        if (hand == null || !hand[1].equals("VITAL|PULSE")) {
            int hr = between(110, 156);
            seen.append(" HR ").append(hr).append("/min,");
            p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        }
        int rr = between(28, 46);
        seen.append(" RR ").append(rr).append("/min. No chest indrawing, no signs of dehydration.");
        p.facts.add(FactKeys.vital("RESPIRATORY_RATE", BigDecimal.valueOf(rr)));
        visit.add(seen.toString());
        visit.add("Dx: " + dx.printed() + ". Chest clear - not pneumonia.");
        p.denied.add(FactKeys.diagnosis("Pneumonia"));
        if (hand == null || !hand[1].equals("MED|Paracetamol")) {
            int ml = between(3, 6);
            visit.add("Syp. Calpol 250 mg/5 ml  " + ml + " ml SOS for fever above 100 F");
            p.facts.add(FactKeys.medication("Paracetamol", "250 mg/5 ml", "SYRUP", "-", "PRN", "-"));
        }
        if (dx.canonical().equals("Acute gastroenteritis")) {
            visit.add("ORS: 1 packet in 1 litre water, 50-100 ml after each loose stool");
            p.facts.add(FactKeys.medication("Oral Rehydration Salts", "-", "-", "-", "PRN", "-"));
            visit.add("Zinc 20 mg dispersible tab  OD  x 14 days");
            p.denied.add("UNLISTED MED|Zinc sulphate");
        } else {
            visit.add("Syp. Amoxycillin 250 mg/5 ml  5 ml  TDS  x 5 days");
            p.facts.add(FactKeys.medication("Amoxicillin", "250 mg/5 ml", "SYRUP", "-", "TDS", "5 DAYS"));
        }
        visit.add("Vit D3 drops 400 IU  1 ml OD  to continue");
        p.facts.add(FactKeys.medication("Cholecalciferol", "400 IU", "DROPS", "-", "OD", "-"));
        p.wide(visit.toArray(String[]::new));
        handwritten(p, hand);
        p.wide("Next due: MR-1 at 9 months. Bring this card every visit.  ASHA: Ph 94481 " + between(10000, 99999));
        return p;
    }

    /** An antenatal card: dates of the pregnancy, a ruled visit table with units in the headings, tests, medicines. */
    HeldOutPage ancCard(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "antenatal (ANC) card");
        p.wide("ANTENATAL CARD - Govt. Maternity Home, Mysuru", "RCH No. " + between(100000, 999999)
                + "    Reg. date: see visit 1");
        LocalDate lmp = date().minusDays(120);
        LocalDate edd = lmp.plusDays(280);
        p.facts.add(FactKeys.date(lmp, "OTHER", ambiguous(lmp)));
        p.facts.add(FactKeys.date(edd, "OTHER", ambiguous(edd)));
        int gravida = between(1, 3);
        p.wide("Name: " + GIVEN[1 + 2 * random.nextInt(5)] + " " + FAMILY[random.nextInt(FAMILY.length)] + "    Age "
                + between(19, 34) + "    G" + gravida + " P" + (gravida - 1) + " L" + (gravida - 1) + " A0",
                "LMP: " + slashed(lmp) + "    EDD: " + slashed(edd) + "    Blood group: "
                        + (random.nextBoolean() ? "B Rh +ve" : "O Rh +ve"));
        String[] hand = pickHand(handwriting, List.of("BP", "LAB|Hemoglobin", "LAB|Glucose", "VITAL|PULSE"));
        boolean noBp = hand != null && hand[1].equals("BP");
        boolean noHb = hand != null && hand[1].equals("LAB|Hemoglobin");
        p.wide(""); // the renderer rules a table right under the line before it
        List<String> rows = new ArrayList<>();
        rows.add("Visit date\tPOG (wks)\tBP (mmHg)\tHb (g/dL)");
        LocalDate visit = lmp.plusDays(between(70, 84));
        boolean anaemic = false;
        for (int i = 0; i < 3; i++) {
            int weeks = (int) ((visit.toEpochDay() - lmp.toEpochDay()) / 7);
            int sys = between(100, 142);
            int dia = between(60, 94);
            BigDecimal hb = decimal(8.8, 12.6, 1);
            rows.add(slashed(visit) + "\t" + weeks + "\t" + (noBp ? "-" : sys + "/" + dia) + "\t"
                    + (noHb ? "-" : hb.toPlainString()));
            p.facts.add(FactKeys.date(visit, "OTHER", ambiguous(visit)));
            if (!noBp) {
                p.facts.add(FactKeys.bloodPressure(sys, dia));
            }
            if (!noHb) {
                String f = flag(hb, "12.0", "15.5");
                anaemic |= f.equals("LOW");
                p.facts.add(FactKeys.lab("Hemoglobin", hb, "g/dL", f));
            }
            visit = visit.plusDays(between(26, 35));
        }
        p.table(rows);
        List<String> exam = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        if (hand == null || !hand[1].equals("VITAL|PULSE")) {
            int pulse = between(74, 104);
            line.append("Pulse ").append(pulse).append("/min   ");
            p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(pulse)));
        }
        line.append("FHS ").append(between(128, 156)).append("/min, regular   Fundal ht ").append(between(20, 30))
                .append(" cm   Pedal oedema: nil");
        exam.add(line.toString());
        exam.add("Urine: albumin nil, sugar nil.  HIV: NR   VDRL: NR   HBsAg: Neg.");
        int ogtt = between(92, 138);
        exam.add("OGTT (75 g, 2 hr): " + ogtt + " mg/dL - not diabetic.");
        p.denied.add(FactKeys.diagnosis("Diabetes mellitus"));
        p.denied.add("UNLISTED LAB|Oral glucose tolerance test");
        boolean thyroid = random.nextBoolean();
        if (thyroid) {
            BigDecimal tsh = decimal(4.6, 8.9, 2);
            exam.add("TSH " + tsh.toPlainString() + " mIU/L (H) - Hypothyroidism, started on thyroxine.");
            p.facts.add(FactKeys.lab("TSH", tsh, "mIU/L", "HIGH"));
            p.facts.add(FactKeys.diagnosis("Hypothyroidism"));
        }
        if (anaemic) {
            exam.add("Imp: Anaemia in pregnancy (mild).");
            p.facts.add(FactKeys.diagnosis("Anaemia"));
        }
        p.wide(exam.toArray(String[]::new));
        List<String> meds = new ArrayList<>();
        meds.add("Medicines:");
        meds.add("T. Ferrous Sulphate 200 mg  0-1-0 after lunch  x 6 months");
        p.facts.add(FactKeys.medication("Ferrous Sulphate", "200 mg", "TABLET", "-", "OD", "6 MONTHS"));
        meds.add("T. Folic Acid 5 mg  1-0-0");
        p.facts.add(FactKeys.medication("Folic Acid", "5 mg", "TABLET", "-", "OD", "-"));
        meds.add("T. Shelcal 500  1-0-1  (not with iron)");
        p.denied.add("UNLISTED MED|Calcium Carbonate");
        if (thyroid) {
            meds.add("T. Thyroxine 25 mcg  empty stomach 1-0-0");
            p.facts.add(FactKeys.medication("Levothyroxine", "25 mcg", "TABLET", "-", "OD", "-"));
        }
        meds.add("T. Doxinate 1 HS SOS for vomiting");
        p.denied.add("UNLISTED MED|Doxylamine-Pyridoxine");
        LocalDate td = lmp.plusDays(between(100, 110));
        meds.add("Inj. Td 0.5 ml IM  - 1st dose given " + slashed(td));
        p.facts.add(FactKeys.date(td, "OTHER", ambiguous(td)));
        p.denied.add("UNLISTED MED|Tetanus and diphtheria toxoid");
        p.wide(meds.toArray(String[]::new));
        handwritten(p, hand);
        p.wide("Danger signs explained. 108 ambulance / JSY. Next visit after 4 weeks.");
        return p;
    }

    private List<String> vitalsLines(HeldOutPage p) {
        List<String> lines = new ArrayList<>();
        int hr = between(88, 128);
        int sys = between(86, 150);
        int dia = between(52, Math.min(94, sys - 28));
        lines.add("Pulse " + hr + "/min  BP " + sys + "/" + dia + " mm Hg");
        p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        p.facts.add(FactKeys.bloodPressure(sys, dia));
        int spo2 = between(86, 96);
        int rr = between(20, 34);
        lines.add("SpO2 " + spo2 + "% (room air)  RR " + rr + "/min");
        p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        p.facts.add(FactKeys.vital("RESPIRATORY_RATE", BigDecimal.valueOf(rr)));
        BigDecimal f = decimal(99.0, 103.4, 1);
        lines.add("Temp " + f.toPlainString() + " °F");
        p.facts.add(FactKeys.vital("TEMPERATURE", celsius(f)));
        return lines;
    }

    /** A discharge summary's results: no flags printed, so the truth's flag is the usual adult interval's. */
    private List<String> dischargeLabs(HeldOutPage p, boolean male) {
        List<String> parts = new ArrayList<>();
        BigDecimal hb = decimal(8.2, 15.8, 1);
        parts.add("Hb " + hb.toPlainString() + " g/dL");
        p.facts.add(FactKeys.lab("Hemoglobin", hb, "g/dL", male ? flag(hb, "13.0", "17.0") : flag(hb, "12.0", "15.5")));
        int tlc = between(32, 189) * 100;
        parts.add(String.format(Locale.ROOT, "TLC %,d /cumm", tlc));
        p.facts.add(FactKeys.lab("White blood cell count", BigDecimal.valueOf(tlc), "/cumm",
                flag(BigDecimal.valueOf(tlc), "4000", "11000")));
        BigDecimal creat = decimal(0.7, 2.9, 1);
        parts.add("S. Creat " + creat.toPlainString() + " mg/dL");
        p.facts.add(FactKeys.lab("Creatinine", creat, "mg/dL", flag(creat, "0.7", "1.3")));
        BigDecimal k = decimal(2.9, 5.6, 1);
        parts.add("K+ " + k.toPlainString() + " mmol/L");
        p.facts.add(FactKeys.lab("Potassium", k, "mmol/L", flag(k, "3.5", "5.1")));
        return parts;
    }

    private String wardDose(HeldOutPage p, Drug d) {
        String route = d.canonical().equals("Enoxaparin") || d.canonical().equals("Insulin") ? "SC" : "IV";
        String[] freq = d.canonical().equals("Piperacillin-Tazobactam") ? new String[] {"8-hourly", "Q8H"}
                : d.canonical().equals("Insulin") ? new String[] {"TDS before meals", "TDS"}
                : new String[] {"OD", "OD"};
        fact(p, d, FactKeys.medication(d.canonical(), d.strength(), "INJECTION",
                route.equals("SC") ? "SUBCUTANEOUS" : "INTRAVENOUS", freq[1], "-"));
        return "Inj. " + d.printed() + " " + d.strength() + " " + route + " " + freq[0];
    }

    /** A numbered advice line: the form as "Tab."/"T."/"Cap."/"C.", the schedule in one of the usual ways. */
    private String medLine(HeldOutPage p, Drug d) {
        String[] freq = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
        String[] duration = DURATIONS[random.nextInt(DURATIONS.length)];
        String form = random.nextBoolean() ? d.form().charAt(0) + "." : d.form() + ".";
        String food = random.nextInt(3) == 0 ? (random.nextBoolean() ? " (after food)" : " (empty stomach)") : "";
        fact(p, d, FactKeys.medication(d.canonical(), d.strength(), formKey(d), "-", freq[1], duration[1]));
        return form + " " + d.printed() + " " + d.strength() + "  " + freq[0] + food + "  " + duration[0];
    }

    /** A course that steps down: the truth's key holds its first step (FactKeys carries no steps). */
    private String taper(HeldOutPage p) {
        int days = between(3, 5);
        p.facts.add(FactKeys.medication("Prednisolone", "40 mg", "TABLET", "-", "OD", days + " DAYS"));
        return "Tab. Prednisolone 40 mg 1-0-0 x " + days + " days, then 20 mg 1-0-0 x " + days
                + " days, then 10 mg x " + days + " days, then stop";
    }

    /** Taken only when needed: the key's frequency is PRN, as nothing regular is printed. */
    private String asNeeded(HeldOutPage p) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                p.facts.add(FactKeys.medication("Paracetamol", "650 mg", "TABLET", "-", "PRN", "-"));
                yield "Tab. Calpol 650 mg SOS (max 3 a day)";
            }
            case 1 -> {
                p.facts.add(FactKeys.medication("Ondansetron", "4 mg", "TABLET", "-", "PRN", "-"));
                yield "T. Ondansetron 4 mg as needed for vomiting";
            }
            default -> {
                p.facts.add(FactKeys.medication("Tramadol", "50 mg", "CAPSULE", "-", "PRN", "-"));
                yield "C. Tramadol 50 mg when required for pain";
            }
        };
    }

    /** A medicine named only to be stopped: the key holds what is printed (FactKeys carries no status). */
    private String stopped(HeldOutPage p, Drug d) {
        fact(p, d, FactKeys.medication(d.canonical(), d.strength(), formKey(d), "-", "-", "-"));
        return d.form() + ". " + d.printed() + " " + d.strength();
    }

    private String proseMed(HeldOutPage p, Drug d) {
        String[][] prose = {{"once a day", "OD"}, {"twice a day", "BD"}, {"three times a day", "TDS"},
            {"at bedtime", "QHS"}};
        String[] freq = prose[random.nextInt(prose.length)];
        fact(p, d, FactKeys.medication(d.canonical(), d.strength(), formKey(d), "-", freq[1], "-"));
        return d.printed().toLowerCase(Locale.ROOT) + " " + d.strength() + " " + freq[0];
    }

    private void fact(HeldOutPage p, Drug d, String key) {
        if (d.listed()) {
            p.facts.add(key);
        } else {
            p.denied.add("UNLISTED MED|" + d.canonical());
        }
    }

    private static String formKey(Drug d) {
        return switch (d.form()) {
            case "Cap", "CAP" -> "CAPSULE";
            case "Inj" -> "INJECTION";
            default -> "TABLET";
        };
    }

    private void diagnosis(HeldOutPage p, Dx dx) {
        if (dx.listed()) {
            p.facts.add(FactKeys.diagnosis(dx.canonical()));
        } else {
            p.denied.add("UNLISTED DX|" + dx.canonical());
        }
    }

    private String denial(HeldOutPage p) {
        String[] d;
        do {
            d = DENIALS[random.nextInt(DENIALS.length)];
        } while (p.facts.contains(FactKeys.diagnosis(d[1])));
        p.denied.add(FactKeys.diagnosis(d[1]));
        return d[0];
    }

    /**
     * A handwritten line for a paper whose facts are not drawn yet, among those whose guess is {@code suitable} (what
     * the template then leaves untyped); lines not yet used in the set first. Null when the paper has none.
     */
    private String[] pickHand(boolean handwriting, List<String> suitable) {
        if (!handwriting) {
            return null;
        }
        return fresh(h -> suitable.contains(h[1]));
    }

    /** For templates that drew their facts first: a line whose guess collides with no fact on the paper. */
    private void handwritten(HeldOutPage p, boolean handwriting) {
        if (handwriting) {
            handwritten(p, fresh(h -> p.facts.stream().noneMatch(f -> HeldOutScore.identity(f).equals(h[1]))));
        }
    }

    private String[] fresh(Predicate<String[]> fits) {
        List<String[]> lines = shuffled(List.of(HANDWRITING));
        lines.sort(Comparator.comparing(h -> usedHands.contains(h[0])));
        for (String[] h : lines) {
            if (fits.test(h)) {
                usedHands.add(h[0]);
                return h;
            }
        }
        throw new IllegalStateException("no handwritten line fits");
    }

    private void handwritten(HeldOutPage p, String[] hand) {
        if (hand == null) {
            return;
        }
        p.handwritten(hand[0]);
        p.denied.add("GUESS " + hand[1]);
    }

    /** A paragraph broken into lines of at most 80 characters, as a letter is typed. */
    static String[] wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines.toArray(String[]::new);
    }

    static String flag(BigDecimal value, String low, String high) {
        if (low != null && value.compareTo(new BigDecimal(low)) < 0) {
            return "LOW";
        }
        return high != null && value.compareTo(new BigDecimal(high)) > 0 ? "HIGH" : "NORMAL";
    }

    /** This lab prints a flag five ways, chosen per line: H, (H), High, * and an arrow (and the same for low). */
    private String printedFlag(String flag) {
        if (flag.equals("NORMAL")) {
            return "";
        }
        boolean high = flag.equals("HIGH");
        return switch (random.nextInt(5)) {
            case 0 -> high ? "H" : "L";
            case 1 -> high ? "(H)" : "(L)";
            case 2 -> high ? "High" : "Low";
            case 3 -> "*";
            default -> high ? "↑" : "↓";
        };
    }

    static BigDecimal celsius(BigDecimal fahrenheit) {
        return fahrenheit.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                .divide(BigDecimal.valueOf(9), 1, RoundingMode.HALF_UP);
    }

    private <T> List<T> shuffled(List<T> from) {
        List<T> list = new ArrayList<>(from);
        Collections.shuffle(list, random);
        return list;
    }

    private String batch() {
        return (char) ('A' + random.nextInt(26)) + "" + between(10, 99) + (char) ('A' + random.nextInt(26))
                + between(100, 999);
    }

    private String person() {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    /** Men's given names sit at even places in GIVEN, women's at odd. */
    private String person(boolean male) {
        return GIVEN[2 * random.nextInt(GIVEN.length / 2) + (male ? 0 : 1)] + " "
                + FAMILY[random.nextInt(FAMILY.length)];
    }

    private LocalDate date() {
        return LocalDate.of(2025, 3, 1).plusDays(random.nextInt(240));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private BigDecimal decimal(double min, double max, int decimals) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(decimals, RoundingMode.HALF_UP);
    }

    static String slashed(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String hyphen(LocalDate d) {
        return String.format(Locale.ROOT, "%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static boolean ambiguous(LocalDate d) {
        return d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
    }
}
