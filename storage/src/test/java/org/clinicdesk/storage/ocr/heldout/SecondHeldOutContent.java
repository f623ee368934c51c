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
 * Writes the second held-out set's papers, chosen apart from both the development generator and the first held-out
 * set ({@link HeldOutContent}): four other templates (a doctor's prescription pad with "T."/"C." for tablet and
 * capsule, a laboratory report in "Test : result unit [range]" lines under section headings, an emergency triage sheet
 * with a ruled vitals table, a diabetes follow-up card with a ruled visit table), other medicines and brands, other
 * printed names of the tests ("HGB", "TLC", "PCV", "Na", "LDL-C", "Bilirubin Total"), other units ("lakhs/cumm",
 * "cells/cumm"), other label words ("HR .. bpm", "BP .. mmHg", "Temp .. F", "RR", "DOB", "Sample drawn"), other
 * diagnoses and aliases ("T2DM", "CCF", "CVA", "LBP"), other negations ("Widal negative", "MI ruled out",
 * "not diabetic"), distractors (GCS 15/15, pain score 6/10, complaint durations, lab and barcode numbers), tests and
 * medicines no list of the extractor holds, and handwritten lines.
 */
final class SecondHeldOutContent {
    private record Drug(String canonical, String printed, String form, String[] strengths, String route) {
    }

    private record Lab(String canonical, String printed, String unit, String low, String high, double min,
                       double max, int decimals) {
    }

    private record Dx(String canonical, String printed) {
    }

    private static final List<Drug> DRUGS = List.of(
            new Drug("Metoprolol", "Metoprolol", "Tab", new String[] {"25 mg", "50 mg"}, "-"),
            new Drug("Atenolol", "Atenolol", "Tab", new String[] {"25 mg", "50 mg"}, "-"),
            new Drug("Enalapril", "Enalapril", "Tab", new String[] {"5 mg", "10 mg"}, "-"),
            new Drug("Hydrochlorothiazide", "Hydrochlorothiazide", "Tab", new String[] {"12.5 mg", "25 mg"}, "-"),
            new Drug("Simvastatin", "Simvastatin", "Tab", new String[] {"20 mg"}, "-"),
            new Drug("Gliclazide", "Gliclazide", "Tab", new String[] {"40 mg", "80 mg"}, "-"),
            new Drug("Sitagliptin", "Sitagliptin", "Tab", new String[] {"50 mg", "100 mg"}, "-"),
            new Drug("Amoxicillin-Clavulanate", "Augmentin", "Tab", new String[] {"625 mg"}, "-"),
            new Drug("Cefuroxime", "Cefuroxime", "Tab", new String[] {"500 mg"}, "-"),
            new Drug("Clarithromycin", "Clarithromycin", "Tab", new String[] {"500 mg"}, "-"),
            new Drug("Cotrimoxazole", "Septran", "Tab", new String[] {"960 mg"}, "-"),
            new Drug("Acyclovir", "Acyclovir", "Tab", new String[] {"400 mg", "800 mg"}, "-"),
            new Drug("Albendazole", "Albendazole", "Tab", new String[] {"400 mg"}, "-"),
            new Drug("Aspirin", "Ecosprin", "Tab", new String[] {"75 mg", "150 mg"}, "-"),
            new Drug("Diclofenac", "Voveran", "Tab", new String[] {"50 mg"}, "-"),
            new Drug("Ranitidine", "Ranitidine", "Tab", new String[] {"150 mg"}, "-"),
            new Drug("Loratadine", "Loratadine", "Tab", new String[] {"10 mg"}, "-"),
            new Drug("Escitalopram", "Escitalopram", "Tab", new String[] {"10 mg"}, "-"),
            new Drug("Pregabalin", "Pregabalin", "Cap", new String[] {"75 mg"}, "-"),
            new Drug("Levetiracetam", "Levetiracetam", "Tab", new String[] {"500 mg"}, "-"),
            new Drug("Ferrous Sulphate", "Ferrous Sulphate", "Tab", new String[] {"200 mg"}, "-"),
            new Drug("Cholecalciferol", "Cholecalciferol", "Cap", new String[] {"60000 IU"}, "-"),
            new Drug("Furosemide", "Lasix", "Tab", new String[] {"40 mg"}, "-"),
            new Drug("Warfarin", "Warfarin", "Tab", new String[] {"2 mg", "5 mg"}, "-"));
    /** Given in the emergency department: injections and stat doses. */
    private static final List<Drug> STAT = List.of(
            new Drug("Ceftriaxone", "Ceftriaxone", "Inj", new String[] {"1 g"}, "INTRAVENOUS"),
            new Drug("Metoclopramide", "Metoclopramide", "Inj", new String[] {"10 mg"}, "INTRAVENOUS"),
            new Drug("Diclofenac", "Diclofenac", "Inj", new String[] {"75 mg"}, "INTRAMUSCULAR"),
            new Drug("Furosemide", "Lasix", "Inj", new String[] {"40 mg"}, "INTRAVENOUS"),
            new Drug("Dexamethasone", "Dexamethasone", "Inj", new String[] {"8 mg"}, "INTRAVENOUS"),
            new Drug("Aspirin", "Ecosprin", "Tab", new String[] {"325 mg"}, "-"));
    private static final String[] UNLISTED_MEDS = {"Dolo-Cold", "Ascoril LS", "Evion 400", "Cremaffin", "Duphalac",
        "Rabeprazole-DSR"};
    private static final String[] UNLISTED_LABS = {"Serum Ferritin : 18 ng/mL [30 - 400]",
        "Vitamin D (25-OH) : 14.2 ng/mL [30 - 100]", "Serum Magnesium : 1.9 mg/dL [1.7 - 2.2]",
        "Procalcitonin : 0.08 ng/mL [< 0.5]"};
    /** Section, then tests as this laboratory prints them: names, units and intervals of its own. */
    private static final List<Lab> HAEMATOLOGY = List.of(
            new Lab("Hemoglobin", "HGB", "g/dL", "13.0", "17.0", 8.5, 16.8, 1),
            new Lab("White blood cell count", "TLC", "cells/cumm", "4000", "11000", 3200, 16500, 0),
            new Lab("Platelet count", "Platelet count", "lakhs/cumm", "1.5", "4.1", 0.9, 4.6, 1),
            new Lab("Hematocrit", "PCV", "%", "40", "50", 29, 52, 0),
            new Lab("ESR", "Erythrocyte Sedimentation Rate", "mm/hr", "0", "20", 4, 70, 0));
    private static final List<Lab> BIOCHEMISTRY = List.of(
            new Lab("Fasting blood glucose", "FBS", "mg/dL", "70", "100", 76, 260, 0),
            new Lab("HbA1c", "Glycated Haemoglobin", "%", "4.0", "5.6", 5.1, 11.2, 1),
            new Lab("Urea", "Serum Urea", "mg/dL", "15", "45", 14, 110, 0),
            new Lab("Sodium", "Na", "mmol/L", "135", "145", 126, 149, 0),
            new Lab("Potassium", "K", "mmol/L", "3.5", "5.1", 2.9, 6.1, 1),
            new Lab("LDL cholesterol", "LDL-C", "mg/dL", "50", "130", 60, 210, 0),
            new Lab("Triglycerides", "TG", "mg/dL", "50", "150", 70, 340, 0),
            new Lab("ALT", "Alanine aminotransferase", "U/L", "7", "56", 10, 150, 0),
            new Lab("Total bilirubin", "Bilirubin Total", "mg/dL", "0.2", "1.2", 0.3, 3.8, 1),
            new Lab("TSH", "Thyroid Stimulating Hormone", "mIU/L", "0.4", "4.5", 0.1, 11.0, 2));
    private static final List<Dx> DIAGNOSES = List.of(
            new Dx("Type 2 diabetes mellitus", "T2DM"), new Dx("Essential hypertension", "HTN"),
            new Dx("Heart failure", "CCF"), new Dx("Stroke", "CVA"), new Dx("Peptic ulcer disease", "Peptic ulcer"),
            new Dx("Rheumatoid arthritis", "Rheumatoid arthritis"), new Dx("Depression", "Depression"),
            new Dx("Anxiety disorder", "Anxiety"), new Dx("Conjunctivitis", "Conjunctivitis"),
            new Dx("Otitis media", "Otitis media"), new Dx("Low back pain", "LBP"),
            new Dx("Hyperthyroidism", "Hyperthyroidism"), new Dx("Acute gastroenteritis", "Gastroenteritis"),
            new Dx("Dengue fever", "Dengue"), new Dx("Ischaemic heart disease", "CAD"),
            new Dx("Dyslipidaemia", "Hypercholesterolemia"), new Dx("Obesity", "Obesity"));
    /** A negation as this set prints it, and the diagnosis it denies. */
    private static final String[][] DENIALS = {
        {"Widal test negative.", "Typhoid fever"}, {"Troponin I negative, MI ruled out.", "Acute myocardial infarction"},
        {"Not diabetic.", "Diabetes mellitus"}, {"Smear for malarial parasite: not seen.", "Malaria"},
        {"CT brain normal, no evidence of stroke.", "Stroke"}, {"Sputum AFB negative, TB unlikely.", "Tuberculosis"},
        {"ECG: sinus rhythm, no AF.", "Atrial fibrillation"}, {"Dengue NS1 antigen and IgM negative.", "Dengue fever"}};
    private static final String[] PLAIN_NEGATIONS = {"Allergies: NKDA.", "No vomiting or loose stools.",
        "No h/o trauma.", "Bladder and bowel habits normal."};
    private static final String[][] FREQUENCIES = {{"1-0-1", "BD"}, {"0-0-1", "OD"}, {"1-0-0", "OD"},
        {"twice a day", "BD"}, {"thrice daily", "TDS"}, {"at bedtime", "QHS"}, {"QID", "QID"}, {"6-hourly", "Q6H"},
        {"when required", "PRN"}, {"once daily", "OD"}, {"BID", "BD"}, {"once a week", "WEEKLY"}};
    private static final String[][] DURATIONS = {{"x 5 days", "5 DAYS"}, {"for 1 month", "1 MONTHS"},
        {"x 7/7", "7 DAYS"}, {"x 2 wks", "2 WEEKS"}, {"till next visit", "-"}, {"for 10 days", "10 DAYS"},
        {"x 3 months", "3 MONTHS"}};
    /** Lines written by hand, with the facts a guess from them would assert. */
    private static final String[][] HANDWRITING = {
        {"T. Septran DS 1-0-1 x 5d", "MED|Cotrimoxazole"}, {"BP 150/94 - increase dose", "BP"},
        {"FBS 186 mg/dl today", "LAB|Fasting blood glucose"}, {"SpO2 91% on RA", "VITAL|SPO2"},
        {"Inj Lasix 40 mg IV stat", "MED|Furosemide"}, {"HR 112 irregular", "VITAL|PULSE"}};
    private static final String[] GIVEN = {"Sanjay", "Leela", "Abdul", "Mary", "Harish", "Sunita", "Prakash", "Zainab",
        "George", "Kamala", "Ramesh", "Ayesha"};
    private static final String[] FAMILY = {"Mukherjee", "Kulkarni", "Siddiqui", "Thakur", "D'Souza", "Hegde",
        "Banerjee", "Chauhan", "Kurian", "Mishra"};

    private final Random random;

    SecondHeldOutContent(Random random) {
        this.random = random;
    }

    /** A doctor's prescription pad: letterhead, complaints, examination in one line, "T."/"C." before the medicines. */
    HeldOutPage prescriptionPad(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "prescription pad");
        String[] hand = hand(handwriting);
        p.wide("DR. A. MUKHERJEE  MBBS, DNB (Medicine)", "Consulting Physician    Reg. No. WBMC 61234",
                "Chamber: 14 Park Lane, Kolkata 700016    Mob. 98300 " + between(10000, 99999));
        LocalDate on = date();
        p.wide("Date: " + dotted(on), "Pt: " + person() + "    " + (random.nextBoolean() ? "M" : "F") + "/"
                + between(25, 78) + "    Wt " + between(48, 96) + " kg");
        p.facts.add(FactKeys.date(on, "DOCUMENT", ambiguous(on)));
        p.wide("C/o: cough and body ache x " + between(2, 6) + " days, " + PLAIN_NEGATIONS[random.nextInt(2) + 1]);
        p.wide("O/E: " + String.join(", ", examination(p, hand)));
        p.wide("Imp: " + diagnosis(p) + ". " + denial(p));
        List<String> rx = new ArrayList<>();
        rx.add("Rx");
        prescription(p, rx, 2 + random.nextInt(3), hand, true);
        p.wide(rx.toArray(String[]::new));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Review after 2 weeks with reports. Fees Rs. 500 paid.");
        return p;
    }

    /** A laboratory's report: section headings, "Test : result unit [interval]" lines, flags as (H) or (L). */
    HeldOutPage labLines(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "lab report in colon lines");
        String[] hand = hand(handwriting);
        p.wide("SUNRISE DIAGNOSTIC LABORATORY", "Lab ID " + between(24, 25) + "-" + between(1000, 9999) + "-"
                + between(100, 999) + "    Barcode " + between(1000, 9999) + " " + between(1000, 9999));
        LocalDate drawn = date();
        LocalDate reported = drawn.plusDays(between(0, 2));
        LocalDate born = LocalDate.of(between(1945, 1995), between(1, 12), between(1, 28));
        p.wide("Patient name: " + person() + "    DOB: " + slashed(born),
                "Sample drawn: " + slashed(drawn) + " 08:" + between(10, 59) + " AM",
                "Reported on: " + slashed(reported) + "    Referred by: Self");
        p.facts.add(FactKeys.date(born, "BIRTH", ambiguous(born)));
        p.facts.add(FactKeys.date(drawn, "SAMPLE_COLLECTED", ambiguous(drawn)));
        p.facts.add(FactKeys.date(reported, "REPORTED", ambiguous(reported)));
        List<String> lines = new ArrayList<>();
        lines.add("HAEMATOLOGY");
        labs(p, lines, HAEMATOLOGY, between(2, 4), hand);
        lines.add("BIOCHEMISTRY");
        labs(p, lines, BIOCHEMISTRY, between(3, 5), hand);
        if (random.nextBoolean()) {
            String u = UNLISTED_LABS[random.nextInt(UNLISTED_LABS.length)];
            lines.add(u);
            p.denied.add("UNLISTED LAB|" + u.substring(0, u.indexOf(" :")));
        }
        p.wide(lines.toArray(String[]::new));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Page 1 of 1.  Results relate only to the sample tested.", "Dr. S. Kurian, DCP, Pathologist");
        return p;
    }

    /** An emergency triage sheet: a ruled table of vitals at two times, scores that look like numbers, stat doses. */
    HeldOutPage triageSheet(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "emergency triage sheet");
        String[] hand = hand(handwriting);
        p.wide("GENERAL HOSPITAL - EMERGENCY DEPARTMENT", "TRIAGE AND INITIAL ASSESSMENT");
        LocalDate on = date();
        LocalDate born = LocalDate.of(between(1940, 1990), between(1, 12), between(1, 28));
        p.wide("Date: " + slashed(on) + "    Time: " + between(10, 23) + ":" + between(10, 59) + "    MLC: No",
                "Name: " + person() + "    DOB: " + slashed(born) + "    Triage: " + (random.nextBoolean() ? "Yellow"
                        : "Red"));
        p.facts.add(FactKeys.date(on, "DOCUMENT", ambiguous(on)));
        p.facts.add(FactKeys.date(born, "BIRTH", ambiguous(born)));
        p.wide("GCS 15/15    Pain score " + between(3, 8) + "/10    " + PLAIN_NEGATIONS[0]);
        List<String> rows = new ArrayList<>();
        rows.add("Time\tBP (mmHg)\tHR (bpm)\tSpO2");
        boolean noBp = hand != null && hand[1].equals("BP");
        boolean noHr = hand != null && hand[1].equals("VITAL|PULSE");
        boolean noSpo2 = hand != null && hand[1].equals("VITAL|SPO2");
        for (String time : new String[] {"Arrival", "After 1 hr"}) {
            int sys = between(88, 190);
            int dia = between(54, Math.min(112, sys - 28));
            int hr = between(58, 128);
            int spo2 = between(86, 99);
            rows.add(time + "\t" + (noBp ? "-" : sys + "/" + dia) + "\t" + (noHr ? "-" : hr) + "\t"
                    + (noSpo2 ? "-" : spo2 + " %"));
            if (!noBp) {
                p.facts.add(FactKeys.bloodPressure(sys, dia));
            }
            if (!noHr) {
                p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
            }
            if (!noSpo2) {
                p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
            }
        }
        p.table(rows);
        p.wide("Provisional diagnosis: " + diagnosis(p), denial(p));
        List<String> given = new ArrayList<>();
        given.add("Treatment given in ED:");
        List<Drug> drugs = new ArrayList<>(STAT);
        Collections.shuffle(drugs, random);
        int n = 0;
        for (Drug d : drugs.subList(0, 3)) {
            if (n == 2 || hand != null && hand[1].equals("MED|" + d.canonical())) {
                continue;
            }
            String strength = d.strengths()[0];
            String route = d.route().equals("INTRAVENOUS") ? " IV" : d.route().equals("INTRAMUSCULAR") ? " IM" : "";
            given.add("- " + d.form() + " " + d.printed() + " " + strength + route + " stat");
            p.facts.add(FactKeys.medication(d.canonical(), strength, d.form().equals("Inj") ? "INJECTION" : "TABLET",
                    d.route(), "STAT", "-"));
            n++;
        }
        p.wide(given.toArray(String[]::new));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Shifted to ward 7 (bed 22). Relatives informed. EMO sign ____");
        return p;
    }

    /** A diabetes follow-up card: a ruled table of visits (date, fasting sugar, BP, weight) and current medicines. */
    HeldOutPage followUpCard(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "diabetes follow-up card");
        String[] hand = hand(handwriting);
        p.wide("HOPE DIABETES & THYROID CENTRE", "Follow-up card    Card No. D-" + between(1000, 9999));
        p.facts.add(FactKeys.diagnosis("Type 2 diabetes mellitus"));
        p.wide("Name: " + person() + "    Age " + between(35, 80) + " yrs", "Known case of T2DM and " + diagnosis(p)
                + ". " + denial(p));
        List<String> rows = new ArrayList<>();
        rows.add("Visit date\tFBS (mg/dL)\tBP (mmHg)\tWeight (kg)");
        LocalDate visit = date();
        boolean noBp = hand != null && hand[1].equals("BP");
        boolean noFbs = hand != null && hand[1].equals("LAB|Fasting blood glucose");
        for (int i = 0; i < 3; i++) {
            int fbs = between(88, 240);
            int sys = between(112, 172);
            int dia = between(68, 100);
            rows.add(slashed(visit) + "\t" + (noFbs ? "-" : fbs) + "\t" + (noBp ? "-" : sys + "/" + dia) + "\t"
                    + between(55, 98));
            p.facts.add(FactKeys.date(visit, "OTHER", ambiguous(visit)));
            if (!noFbs) {
                p.facts.add(FactKeys.lab("Fasting blood glucose", BigDecimal.valueOf(fbs), "mg/dL",
                        fbs > 100 ? "HIGH" : "NORMAL"));
            }
            if (!noBp) {
                p.facts.add(FactKeys.bloodPressure(sys, dia));
            }
            visit = visit.plusDays(between(28, 45));
        }
        p.table(rows);
        BigDecimal a1c = decimal(6.2, 10.4);
        p.wide("Glycated Haemoglobin : " + a1c.toPlainString() + " %  (H)  [4.0 - 5.6]");
        p.facts.add(FactKeys.lab("HbA1c", a1c, "%", "HIGH"));
        List<String> meds = new ArrayList<>();
        meds.add("Current treatment:");
        prescription(p, meds, 2 + random.nextInt(2), hand, false);
        if (random.nextBoolean()) {
            int units = between(8, 24);
            meds.add("Inj. Lantus " + units + " units SC at bedtime");
            p.facts.add(FactKeys.medication("Insulin Glargine", units + " units", "INJECTION", "SUBCUTANEOUS", "QHS",
                    "-"));
        }
        p.wide(meds.toArray(String[]::new));
        if (hand != null) {
            handwritten(p, hand);
        }
        p.wide("Diet: 1600 kcal. Walk 30 min daily. Next HbA1c after 3 months.");
        return p;
    }

    private List<String> examination(HeldOutPage p, String[] hand) {
        List<String> parts = new ArrayList<>();
        if (hand == null || !hand[1].equals("VITAL|PULSE")) {
            int hr = between(56, 122);
            parts.add("HR " + hr + " bpm");
            p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        }
        if (hand == null || !hand[1].equals("BP")) {
            int sys = between(98, 178);
            int dia = between(60, Math.min(106, sys - 30));
            parts.add("BP " + sys + "/" + dia + " mmHg");
            p.facts.add(FactKeys.bloodPressure(sys, dia));
        }
        if (hand == null || !hand[1].equals("VITAL|SPO2")) {
            int spo2 = between(90, 100);
            parts.add("SpO2 " + spo2 + "% RA");
            p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        }
        BigDecimal f = decimal(97.0, 103.0);
        parts.add("Temp " + f.toPlainString() + " F");
        p.facts.add(FactKeys.vital("TEMPERATURE", f.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                .divide(BigDecimal.valueOf(9), 1, RoundingMode.HALF_UP)));
        if (random.nextBoolean()) {
            int rr = between(14, 28);
            parts.add("RR " + rr + "/min");
            p.facts.add(FactKeys.vital("RESPIRATORY_RATE", BigDecimal.valueOf(rr)));
        }
        return parts;
    }

    private void prescription(HeldOutPage p, List<String> lines, int count, String[] hand, boolean pad) {
        List<Drug> drugs = new ArrayList<>(DRUGS);
        Collections.shuffle(drugs, random);
        int n = 1;
        for (Drug d : drugs.subList(0, count + 1)) {
            if (n > count || hand != null && hand[1].equals("MED|" + d.canonical())) {
                continue;
            }
            String strength = d.strengths()[random.nextInt(d.strengths().length)];
            String[] freq = d.canonical().equals("Cholecalciferol") ? new String[] {"once a week", "WEEKLY"}
                    : FREQUENCIES[random.nextInt(FREQUENCIES.length - 1)];
            String[] duration = DURATIONS[random.nextInt(DURATIONS.length)];
            String form = pad && random.nextBoolean() ? d.form().substring(0, 1) + "." : d.form() + ".";
            String food = random.nextInt(3) == 0 ? " after food" : "";
            lines.add((pad ? n + ". " : "") + form + " " + d.printed() + " " + strength + "  " + freq[0] + food + "  "
                    + duration[0]);
            p.facts.add(FactKeys.medication(d.canonical(), strength, d.form().equals("Cap") ? "CAPSULE" : "TABLET",
                    "-", freq[1], duration[1]));
            n++;
        }
        if (random.nextInt(3) == 0) {
            String unlisted = UNLISTED_MEDS[random.nextInt(UNLISTED_MEDS.length)];
            lines.add((pad ? n + ". " : "") + "Tab. " + unlisted + "  1-0-1  x 5 days");
            p.denied.add("UNLISTED MED|" + unlisted);
        }
    }

    private void labs(HeldOutPage p, List<String> lines, List<Lab> from, int count, String[] hand) {
        List<Lab> labs = new ArrayList<>(from);
        Collections.shuffle(labs, random);
        for (Lab lab : labs.subList(0, count)) {
            if (hand != null && hand[1].equals("LAB|" + lab.canonical())) {
                continue;
            }
            double raw = lab.min() + random.nextDouble() * (lab.max() - lab.min());
            BigDecimal value = BigDecimal.valueOf(raw).setScale(lab.decimals(), RoundingMode.HALF_UP);
            String flag = value.compareTo(new BigDecimal(lab.low())) < 0 ? "LOW"
                    : value.compareTo(new BigDecimal(lab.high())) > 0 ? "HIGH" : "NORMAL";
            String printedFlag = flag.equals("NORMAL") ? "" : flag.equals("HIGH") ? "  (H)" : "  (L)";
            p.facts.add(FactKeys.lab(lab.canonical(), value, lab.unit(), flag));
            lines.add(lab.printed() + " : " + value.toPlainString() + " " + lab.unit() + printedFlag + "  [" + lab.low()
                    + " - " + lab.high() + "]");
        }
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
        String[] d;
        do {
            d = DENIALS[random.nextInt(DENIALS.length)];
        } while (p.facts.contains(FactKeys.diagnosis(d[1])) || d[1].equals("Diabetes mellitus")
                && p.facts.contains(FactKeys.diagnosis("Type 2 diabetes mellitus")));
        p.denied.add(FactKeys.diagnosis(d[1]));
        return d[0];
    }

    private String[] hand(boolean handwriting) {
        return handwriting ? HANDWRITING[random.nextInt(HANDWRITING.length)] : null;
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
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
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

    private static String dotted(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static boolean ambiguous(LocalDate d) {
        return d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
    }
}
