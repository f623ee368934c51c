package org.clinicdesk.storage.ocr.heldout;

import static org.clinicdesk.storage.ocr.heldout.ThirdHeldOutContent.ambiguous;
import static org.clinicdesk.storage.ocr.heldout.ThirdHeldOutContent.celsius;
import static org.clinicdesk.storage.ocr.heldout.ThirdHeldOutContent.flag;
import static org.clinicdesk.storage.ocr.heldout.ThirdHeldOutContent.slashed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.clinicdesk.storage.ocr.generator.FactKeys;

/**
 * Writes the fourth held-out set's papers, apart from the development generator and the three earlier held-out sets:
 * six templates (a typed government-hospital OPD slip with Hindi-English headings in Latin script, a diagnostic
 * centre's thyroid, lipid and HbA1c report in dotted-leader lines with decimal commas on some papers, an ECG and
 * echocardiography summary, a dentist's prescription with tooth numbers, an eye clinic's prescription dosed in drops
 * per eye, a health insurance claim form with the hospital's final bill), medicines, tests, diagnoses and dates as
 * none of the earlier papers print them, doubtful-number traps (values right beside their reference ranges, decimal
 * commas, lakh grouping, "1.0", intraocular pressure and pulmonary pressure in mmHg, tooth numbers, refraction), and
 * handwritten lines. Medicines, tests and diagnoses a reader knows but no list of the extractor holds are written as
 * {@code UNLISTED} lines.
 */
final class FourthHeldOutContent {
    /** A medicine as printed; {@code listed} false when the extractor's lists do not hold it (then UNLISTED). */
    private record Drug(String canonical, String printed, String form, String strength, boolean listed) {
    }

    private record Dx(String canonical, String printed, boolean listed) {
    }

    /** One complaint seen in the government OPD: its Hindi complaint, diagnosis, medicines and a past result. */
    private record OpdCase(String complaint, Dx dx, List<Drug> drugs, String lab) {
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private static final List<OpdCase> OPD_CASES = List.of(
            new OpdCase("sir dard, chakkar aana - 5 din se", new Dx("Essential hypertension",
                    "Uchch raktchaap (HTN)", true), List.of(new Drug("Telmisartan", "Telmisartan", "Tab", "40 mg",
                    true), new Drug("Atorvastatin", "Atorvastatin", "Tab", "10 mg", true), new Drug("Chlorthalidone",
                    "Chlorthalidone", "Tab", "12.5 mg", false)), "Glucose"),
            new OpdCase("khansi, saans phoolna - 1 hafte se", new Dx("Asthma", "Dama (Bronchial asthma)", true),
                    List.of(new Drug("Montelukast", "Montelukast", "Tab", "10 mg", true), new Drug("Salbutamol",
                            "Salbutamol", "Tab", "4 mg", true), new Drug("Etofylline-Theophylline", "Deriphyllin",
                            "Tab", "150 mg", false)), null),
            new OpdCase("pet mein jalan, khatti dakar - 2 mahine se", new Dx("Gastro-oesophageal reflux disease",
                    "Amlapitt (GERD)", true), List.of(new Drug("Omeprazole", "Omeprazole", "Cap", "20 mg", true),
                    new Drug("Sucralfate", "Sucralfate", "Syp", "1 g/10 ml", false)), null),
            new OpdCase("kamar dard - 10 din se", new Dx("Low back pain", "Kamar dard (Low back pain)", true),
                    List.of(new Drug("Naproxen", "Naproxen", "Tab", "250 mg", true), new Drug("Thiocolchicoside",
                            "Thiocolchicoside", "Tab", "4 mg", false), new Drug("Calcium Carbonate",
                            "Calcium Carbonate", "Tab", "500 mg", true)), null),
            new OpdCase("chheenk, naak behna - 3 din se", new Dx("Allergic rhinitis", "Allergic rhinitis (zukaam)",
                    true), List.of(new Drug("Cetirizine", "Cetirizine", "Tab", "10 mg", true),
                    new Drug("Chlorpheniramine", "Chlorpheniramine", "Tab", "4 mg", true)), null),
            new OpdCase("thakaan, kamzori - 1 mahine se", new Dx("Iron deficiency anaemia",
                    "Khoon ki kami (Iron deficiency anaemia)", true), List.of(new Drug("Ferrous ascorbate-Folic acid",
                    "Orofer XT", "Tab", "100 mg", false), new Drug("Multivitamin", "Multivitamin", "Tab", "-",
                    true)), "Hemoglobin"),
            new OpdCase("khujli, raat ko zyada - 2 hafte se", new Dx("Scabies", "Khujli (Scabies)", false),
                    List.of(new Drug("Permethrin", "Permethrin 5% cream", "Cream", "-", false),
                            new Drug("Cetirizine", "Cetirizine", "Tab", "10 mg", true)), null));
    /** Schedules as the OPD writes them, Hindi in Latin script beside or instead of the codes. */
    private static final String[][] HINDI_SCHEDULES = {{"1-0-1 (subah-shaam)", "BD"}, {"1-0-0 (subah)", "OD"},
        {"din mein do baar", "BD"}, {"din mein ek baar", "OD"}, {"din mein teen baar", "TDS"},
        {"raat ko sote samay", "QHS"}, {"1-1-1 khane ke baad", "TDS"}, {"subah-dopahar-shaam", "TDS"}};
    private static final String[][] HINDI_DURATIONS = {{"x 30 din", "30 DAYS"}, {"5 din tak", "5 DAYS"},
        {"x 2 hafte", "2 WEEKS"}, {"1 mahina", "1 MONTHS"}, {"x 7 days", "7 DAYS"}, {"x 10 din", "10 DAYS"}};
    /** "... nahi" (no ...) on the OPD slip, and the diagnosis it denies. */
    private static final String[][] HINDI_DENIALS = {{"sugar (madhumeh) nahi", "Diabetes mellitus"},
        {"dama / asthma nahi", "Asthma"}, {"TB kabhi nahi hui", "Tuberculosis"},
        {"lakwa (stroke) kabhi nahi", "Stroke"}, {"mirgi (epilepsy) nahi", "Epilepsy"}};
    /** Heart medicines a referral lists on the echo report. */
    private static final List<Drug> CARDIAC = List.of(
            new Drug("Losartan", "Losartan", "Tab", "50 mg", true),
            new Drug("Clopidogrel", "Clopidogrel", "Tab", "75 mg", true),
            new Drug("Atorvastatin", "Atorvastatin", "Tab", "40 mg", true),
            new Drug("Bisoprolol", "Bisoprolol", "Tab", "2.5 mg", true),
            new Drug("Nitroglycerin", "Nitroglycerin", "Tab", "2.6 mg", true),
            new Drug("Verapamil", "Verapamil", "Tab", "40 mg", true),
            new Drug("Lisinopril", "Lisinopril", "Tab", "5 mg", true),
            new Drug("Simvastatin", "Simvastatin", "Tab", "20 mg", true),
            new Drug("Ivabradine", "Ivabradine", "Tab", "5 mg", false),
            new Drug("Ranolazine", "Ranolazine", "Tab", "500 mg", false),
            new Drug("Trimetazidine", "Trimetazidine", "Tab", "35 mg", false),
            new Drug("Isosorbide mononitrate", "Isosorbide mononitrate", "Tab", "20 mg", false));
    private static final String[][] ECHO_DENIALS = {
        {"Rhythm regular throughout the study; not in atrial fibrillation.", "Atrial fibrillation"},
        {"No RWMA at rest - ischaemic heart disease not suggested.", "Ischaemic heart disease"},
        {"Filling pressures normal; no features of heart failure.", "Heart failure"},
        {"No Q waves or ST-T changes; old or recent MI not seen.", "Acute myocardial infarction"}};
    /** Handwritten lines, with what a guess from each would assert. */
    private static final String[][] HANDWRITING = {
        {"RBS 246 - recheck fasting", "LAB|Glucose"}, {"BP 176/104 - defer extraction", "BP"},
        {"Pulse 48/min - ECG now", "VITAL|PULSE"}, {"T. Ibuprofen 400 1-1-1 x 3d", "MED|Ibuprofen"},
        {"Hb 7.4 - start iron sucrose", "LAB|Hemoglobin"}, {"Temp 101.8 F - sponging", "VITAL|TEMPERATURE"},
        {"TSH 11.2 - repeat in 6 wks", "LAB|TSH"}, {"Ciplox e/d 1 drop 2 hrly LE", "MED|Ciprofloxacin"}};
    /** Men's given names at even places, women's at odd. */
    private static final String[] GIVEN = {"Ramesh", "Kamla", "Suresh", "Pushpa", "Mahendra", "Geeta", "Anil",
        "Lalita", "Rajendra", "Savitri", "Imran", "Shabana"};
    private static final String[] FAMILY = {"Tiwari", "Chauhan", "Rathore", "Kulkarni", "Banerjee", "Naidu", "Khan",
        "Mishra", "Jadhav", "Chatterjee", "Rawat", "Dubey"};

    private final Random random;
    /** Handwritten lines not yet drawn in the set, so the eight papers with one do not repeat the same few. */
    private final List<String[]> unusedHands;

    FourthHeldOutContent(Random random) {
        this.random = random;
        this.unusedHands = shuffled(List.of(HANDWRITING));
    }

    /** A district hospital's typed OPD slip: Hindi headings in Latin script, Roman-numeral months, Hindi schedules. */
    HeldOutPage opdSlip(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "government hospital OPD slip, typed, Hindi-English headings");
        boolean male = random.nextBoolean();
        LocalDate on = date();
        p.facts.add(FactKeys.date(on, "DOCUMENT", false));
        p.wide("RAJKIYA ZILA CHIKITSALAYA, SITAPUR (U.P.)",
                "OPD PARCHI / OUT-PATIENT SLIP            Shulk (Fee): Rs. 1/-",
                "Panjikaran Sankhya (Reg. No.): " + on.getYear() + "/OPD/" + between(10000, 99999)
                        + "   Tithi (Date): " + roman(on) + "   Samay: " + between(9, 13) + ":" + two(between(0, 59)),
                "Marij ka naam: " + person(male) + "   Umar/Ling: " + between(24, 78) + " Varsh / "
                        + (male ? "Purush" : "Mahila"),
                (male ? "Pita" : "Pati") + " ka naam: Shri " + GIVEN[2 * random.nextInt(GIVEN.length / 2)] + " "
                        + FAMILY[random.nextInt(FAMILY.length)] + "   Mob. 94150 " + between(10000, 99999),
                "Vibhag: Medicine OPD   Kaksh No. " + between(3, 18) + "   Chikitsak: Dr. A. K. Mishra (MO)");
        OpdCase c = OPD_CASES.get(random.nextInt(OPD_CASES.size()));
        List<String> exam = new ArrayList<>();
        exam.add("Shikayat (C/o): " + c.complaint());
        int sys = c.dx().canonical().equals("Essential hypertension") ? between(150, 178) : between(108, 142);
        int dia = between(68, Math.min(104, sys - 36));
        int hr = between(64, 104);
        BigDecimal f = decimal(97.4, 100.6, 1);
        int kg = between(41, 88);
        exam.add("Jaanch (O/E): BP " + sys + "/" + dia + " mmHg   Naadi " + hr + "/min   Taapmaan " + f.toPlainString()
                + " F   Vajan " + kg + " kg");
        p.facts.add(FactKeys.bloodPressure(sys, dia));
        p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        p.facts.add(FactKeys.vital("TEMPERATURE", celsius(f)));
        String[] denial;
        do {
            denial = HINDI_DENIALS[random.nextInt(HINDI_DENIALS.length)];
        } while (denial[1].equals(c.dx().canonical()));
        p.denied.add(FactKeys.diagnosis(denial[1]));
        exam.add("Itihaas (H/o): " + denial[0] + ".   Dhumrapan: nahi   Sharab: kabhi-kabhi");
        if (c.lab() != null) {
            LocalDate before = on.minusDays(between(6, 20));
            p.facts.add(FactKeys.date(before, "OTHER", false));
            if (c.lab().equals("Glucose")) {
                int rbs = between(96, 248);
                exam.add("Pichli report (" + roman(before) + "): RBS " + rbs + " mg/dl");
                p.facts.add(FactKeys.lab("Glucose", BigDecimal.valueOf(rbs), "mg/dl",
                        flag(BigDecimal.valueOf(rbs), "70", "140")));
            } else {
                BigDecimal hb = decimal(7.9, 10.9, 1);
                exam.add("Pichli report (" + roman(before) + "): Hb " + hb.toPlainString() + " g/dl");
                p.facts.add(FactKeys.lab("Hemoglobin", hb, "g/dl", male ? flag(hb, "13.0", "17.0")
                        : flag(hb, "12.0", "15.5")));
            }
        }
        diagnosis(p, c.dx());
        StringBuilder nidaan = new StringBuilder("Rog nidaan (Diagnosis): " + c.dx().printed());
        List<Drug> drugs = new ArrayList<>(c.drugs());
        if (random.nextInt(3) == 0 && !c.dx().canonical().equals("Essential hypertension")) {
            nidaan.append(";  Madhumeh (T2DM)");
            p.facts.add(FactKeys.diagnosis("Type 2 diabetes mellitus"));
            drugs.add(new Drug("Glimepiride", "Glimepiride", "Tab", "1 mg", true));
        }
        exam.add(nidaan.toString());
        p.wide(exam.toArray(String[]::new));
        List<String> rx = new ArrayList<>();
        rx.add("Dawai (Rx):");
        int n = 1;
        for (Drug d : drugs) {
            rx.add(n++ + ". " + hindiMedLine(p, d));
        }
        p.wide(rx.toArray(String[]::new));
        LocalDate next = on.plusDays(between(14, 30));
        p.facts.add(FactKeys.date(next, "OTHER", false));
        handLine(p, handwriting);
        p.wide("Salah: namak kam, roz 30 min paidal chalein. Jaanch karayein: CBC, Lipid profile, ECG.",
                "Agli baar (Next visit): " + roman(next) + "   Nishulk dawa counter no. 3   Helpline 104");
        return p;
    }

    private String hindiMedLine(HeldOutPage p, Drug d) {
        String[] when = d.canonical().equals("Glimepiride") ? new String[] {"1-0-0 nashte se pehle", "OD"}
                : d.form().equals("Cream") ? new String[] {"raat ko poore sharir par", "QHS"}
                : HINDI_SCHEDULES[random.nextInt(HINDI_SCHEDULES.length)];
        String[] days = HINDI_DURATIONS[random.nextInt(HINDI_DURATIONS.length)];
        String form = switch (d.form()) {
            case "Cap" -> "Cap.";
            case "Syp" -> "Syp.";
            case "Cream" -> "";
            default -> "Tab.";
        };
        String dose = d.form().equals("Syp") ? "10 ml " : "";
        String strength = d.strength().equals("-") ? "" : " " + d.strength();
        fact(p, d, FactKeys.medication(d.canonical(), d.strength(), formKey(d), "-", when[1], days[1]));
        return (form + " " + d.printed() + strength).trim() + "   " + dose + when[0] + "   " + days[0];
    }

    /** A diagnostic centre's LIS printout: dotted leaders, flags as HI/LO, triangles or words, units as µIU/mL. */
    HeldOutPage diagnosticReport(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "diagnostic centre thyroid, lipid and HbA1c report, dotted leaders");
        boolean male = random.nextBoolean();
        boolean comma = random.nextBoolean();
        LocalDate collected = date();
        LocalDate reported = collected.plusDays(between(0, 1));
        p.facts.add(FactKeys.date(collected, "SAMPLE_COLLECTED", false));
        p.facts.add(FactKeys.date(reported, "REPORTED", false));
        p.wide("PRECISE DIAGNOSTICS & IMAGING   |   NABL MC-4471", "LIS printout   Barcode " + between(100000, 999999)
                + between(1000, 9999) + "   Lab No. PD/25/" + between(10000, 99999) + "   Helpline 1800 120 "
                + between(1000, 9999));
        p.wide("Patient: " + (male ? "Mr. " : "Mrs. ") + person(male) + "   Age: " + between(26, 74) + " Yrs   Gender: "
                + (male ? "M" : "F"), "Referred by: Dr. S. Rao, MD   Client: Walk-in   Sample: Serum / EDTA WB",
                "Collected: " + collected + " 08:" + two(between(0, 59)) + "   Reported: " + reported + " 1"
                        + between(4, 8) + ":" + two(between(0, 59)));
        List<String> thyroid = new ArrayList<>();
        thyroid.add("THYROID PROFILE, TOTAL  (CLIA)");
        BigDecimal t3 = decimal(0.62, 2.35, 2);
        thyroid.add(result(t3, "T3, Total", "ng/mL", "0.80", "2.00", comma));
        p.denied.add("UNLISTED LAB|T3");
        BigDecimal t4 = decimal(4.2, 15.8, 1);
        thyroid.add(result(t4, "T4, Total", "µg/dL", "5.1", "14.1", comma));
        p.denied.add("UNLISTED LAB|T4");
        BigDecimal tsh = decimal(0.21, 14.5, 2);
        thyroid.add(result(tsh, "TSH (3rd generation)", "µIU/mL", "0.35", "5.50", comma));
        p.facts.add(FactKeys.lab("TSH", tsh, "µIU/mL", flag(tsh, "0.35", "5.50")));
        p.wide(thyroid.toArray(String[]::new));
        List<String> lipid = new ArrayList<>();
        lipid.add("LIPID PROFILE  (Enzymatic, fasting 12 h)");
        int tc = between(142, 288);
        int tg = between(78, 410);
        int hdl = between(27, 66);
        int ldl = Math.max(38, tc - hdl - tg / 5);
        lipid.add(result(BigDecimal.valueOf(tc), "Cholesterol, Total", "mg/dL", null, "200", comma));
        p.facts.add(FactKeys.lab("Total cholesterol", BigDecimal.valueOf(tc), "mg/dL",
                flag(BigDecimal.valueOf(tc), null, "200")));
        lipid.add(result(BigDecimal.valueOf(tg), "Triglycerides", "mg/dL", null, "150", comma));
        p.facts.add(FactKeys.lab("Triglycerides", BigDecimal.valueOf(tg), "mg/dL",
                flag(BigDecimal.valueOf(tg), null, "150")));
        lipid.add(result(BigDecimal.valueOf(hdl), "Cholesterol, HDL (direct)", "mg/dL", "40", null, comma));
        p.facts.add(FactKeys.lab("HDL cholesterol", BigDecimal.valueOf(hdl), "mg/dL",
                flag(BigDecimal.valueOf(hdl), "40", null)));
        lipid.add(result(BigDecimal.valueOf(ldl), "Cholesterol, LDL (calculated)", "mg/dL", null, "100", comma));
        p.facts.add(FactKeys.lab("LDL cholesterol", BigDecimal.valueOf(ldl), "mg/dL",
                flag(BigDecimal.valueOf(ldl), null, "100")));
        lipid.add(result(BigDecimal.valueOf(tg / 5), "Cholesterol, VLDL", "mg/dL", null, "30", comma));
        p.denied.add("UNLISTED LAB|VLDL cholesterol");
        lipid.add(result(BigDecimal.valueOf(tc - hdl), "Non-HDL Cholesterol", "mg/dL", null, "130", comma));
        p.denied.add("UNLISTED LAB|Non-HDL cholesterol");
        lipid.add(result(BigDecimal.valueOf(tc).divide(BigDecimal.valueOf(hdl), 1, RoundingMode.HALF_UP),
                "Chol / HDL Ratio", "", null, "5.0", comma));
        p.denied.add("UNLISTED LAB|Cholesterol/HDL ratio");
        p.wide(lipid.toArray(String[]::new));
        p.wide("LDL (NCEP ATP III), mg/dL: optimal < 100; near optimal 100 - 129;",
                "borderline high 130 - 159; high 160 - 189; very high >= 190.");
        List<String> sugar = new ArrayList<>();
        sugar.add("GLYCATED HAEMOGLOBIN & RENAL  (HPLC, NGSP certified / enzymatic)");
        BigDecimal a1c = decimal(5.0, 11.4, 1);
        sugar.add(result(a1c, "HbA1c", "%", "4.0", "5.6", comma));
        p.facts.add(FactKeys.lab("HbA1c", a1c, "%", flag(a1c, "4.0", "5.6")));
        sugar.add(result(BigDecimal.valueOf(Math.round(28.7 * a1c.doubleValue() - 46.7)),
                "Estimated Average Glucose (eAG)", "mg/dL", null, null, comma));
        p.denied.add("UNLISTED LAB|Estimated average glucose");
        int fpg = between(82, 236);
        sugar.add(result(BigDecimal.valueOf(fpg), "Glucose, Fasting (plasma, GOD-POD)", "mg/dL", "70", "100", comma));
        p.facts.add(FactKeys.lab("Fasting blood glucose", BigDecimal.valueOf(fpg), "mg/dL",
                flag(BigDecimal.valueOf(fpg), "70", "100")));
        BigDecimal creat = random.nextBoolean() ? new BigDecimal("1.0") : decimal(0.6, 1.9, 1);
        sugar.add(result(creat, "Creatinine, serum (enzymatic)", "mg/dL", "0.6", "1.2", comma));
        p.facts.add(FactKeys.lab("Creatinine", creat, "mg/dL", flag(creat, "0.6", "1.2")));
        if (random.nextBoolean()) {
            LocalDate before = collected.minusDays(between(90, 130));
            BigDecimal old = decimal(6.2, 11.8, 1);
            sugar.add("Delta check: previous HbA1c " + decimalText(old, comma) + " % on " + before);
            p.facts.add(FactKeys.lab("HbA1c", old, "%", flag(old, "4.0", "5.6")));
            p.facts.add(FactKeys.date(before, "OTHER", false));
        }
        p.wide(sugar.toArray(String[]::new));
        p.wide("Interpretation (ADA): HbA1c < " + decimalText("5.7", comma) + " % non-diabetic; "
                + decimalText("5.7", comma) + " - " + decimalText("6.4", comma) + " % prediabetes;",
                ">= " + decimalText("6.5", comma) + " % diabetes (on two occasions).");
        handLine(p, handwriting);
        p.wide("TSH in pregnancy: 1st trimester " + decimalText(new BigDecimal("0.10"), comma) + " - "
                + decimalText(new BigDecimal("2.50"), comma) + " µIU/mL.   ** End of Report **",
                "Dr. P. Jadhav, MD (Biochemistry)   -   Electronically verified, signature not required");
        return p;
    }

    /** One dotted-leader result line: name, leaders, value with its flag, unit, and the interval right after it. */
    private String result(BigDecimal value, String label, String unit, String low, String high, boolean comma) {
        String interval = low == null && high == null ? "-" : low == null ? "< " + decimalText(high, comma)
                : high == null ? "> " + decimalText(low, comma)
                : decimalText(low, comma) + " - " + decimalText(high, comma);
        String printedFlag = low == null && high == null ? "" : printedFlag(flag(value, low, high));
        String leader = label + " " + ".".repeat(Math.max(4, 40 - label.length()));
        return leader + " " + decimalText(value, comma) + (printedFlag.isEmpty() ? "" : " " + printedFlag)
                + (unit.isEmpty() ? "" : " " + unit) + "   " + interval;
    }

    private static String decimalText(String number, boolean comma) {
        return comma ? number.replace('.', ',') : number;
    }

    private static String decimalText(BigDecimal number, boolean comma) {
        return decimalText(number.toPlainString(), comma);
    }

    /** This centre prints a flag three ways, chosen per line: HI/LO, a triangle, or the word Above/Below. */
    private String printedFlag(String flag) {
        if (flag.equals("NORMAL")) {
            return "";
        }
        boolean high = flag.equals("HIGH");
        return switch (random.nextInt(3)) {
            case 0 -> high ? "HI" : "LO";
            case 1 -> high ? "▲" : "▼";
            default -> high ? "Above" : "Below";
        };
    }

    /** A cardiology lab's ECG and echo summary: vitals at the study, a ruled measurement table, an impression. */
    HeldOutPage echoReport(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "ECG and echocardiography report summary");
        boolean male = random.nextBoolean();
        LocalDate on = date();
        p.facts.add(FactKeys.date(on, "DOCUMENT", false));
        p.wide("HRIDAYA HEART & VASCULAR CENTRE", "Non-invasive Cardiology Lab  -  ECG / 2D ECHO / COLOUR DOPPLER");
        List<String> known = new ArrayList<>();
        if (random.nextInt(4) != 0) {
            known.add("HTN");
            p.facts.add(FactKeys.diagnosis("Essential hypertension"));
        }
        if (random.nextBoolean()) {
            known.add("type 2 diabetes");
            p.facts.add(FactKeys.diagnosis("Type 2 diabetes mellitus"));
        }
        if (random.nextBoolean()) {
            known.add("obesity (BMI " + decimal(30.2, 36.8, 1) + ")");
            p.facts.add(FactKeys.diagnosis("Obesity"));
        }
        String indication = random.nextBoolean() ? "breathlessness on exertion" : "atypical chest pain";
        p.wide("Name: " + person(male) + "   Age/Sex: " + between(38, 79) + "/" + (male ? "M" : "F") + "   Echo No. E-25-"
                + between(1000, 9999) + "   Date of study: " + ordinal(on),
                "Referred by Dr. K. Rathore for " + indication + (known.isEmpty() ? "." : "; known case of "
                        + String.join(", ", known) + "."));
        int sys = between(112, 172);
        int dia = between(66, Math.min(104, sys - 34));
        int hr = between(56, 108);
        int spo2 = between(93, 99);
        p.facts.add(FactKeys.bloodPressure(sys, dia));
        p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        p.facts.add(FactKeys.vital("SPO2", BigDecimal.valueOf(spo2)));
        String[] denial = ECHO_DENIALS[random.nextInt(ECHO_DENIALS.length)];
        p.denied.add(FactKeys.diagnosis(denial[1]));
        p.wide("At study: BP " + sys + "/" + dia + " mmHg (right arm, sitting)   HR " + hr + " bpm   SpO2 " + spo2
                + " %   Wt " + between(52, 98) + " kg   Ht " + between(148, 182) + " cm",
                "ECG (12-lead): sinus rhythm, ventricular rate " + hr + "/min, PR " + between(140, 200) + " ms, QRS "
                        + between(80, 110) + " ms, QTc " + between(400, 460) + " ms, axis +" + between(10, 60) + " deg.");
        p.wide(""); // the renderer rules a table right under the line before it
        BigDecimal ivs = decimal(0.8, 1.5, 1);
        int ef = between(52, 68);
        List<String> rows = new ArrayList<>();
        rows.add("M-mode / 2D\tObserved\tNormal\tUnit");
        rows.add("IVS (diastole)\t" + ivs + "\t0.6 - 1.1\tcm");
        rows.add("LV posterior wall (d)\t" + decimal(0.8, 1.4, 1) + "\t0.6 - 1.1\tcm");
        rows.add("LVID (diastole)\t" + decimal(3.9, 5.6, 1) + "\t3.9 - 5.3\tcm");
        rows.add("Left atrium\t" + decimal(2.9, 4.4, 1) + "\t2.7 - 4.0\tcm");
        rows.add("LVEF (Teichholz)\t" + ef + "\t>= 55\t%");
        rows.add("PASP (TR jet)\t" + between(22, 44) + "\t< 35\tmmHg");
        p.table(rows);
        p.denied.add("UNLISTED LAB|Left ventricular ejection fraction");
        List<String> impression = new ArrayList<>();
        impression.add("IMPRESSION:");
        int n = 1;
        if (ivs.compareTo(new BigDecimal("1.1")) > 0) {
            impression.add(n++ + ". Concentric left ventricular hypertrophy.");
            p.denied.add("UNLISTED DX|Left ventricular hypertrophy");
        }
        impression.add(n++ + ". Grade I LV diastolic dysfunction (E/A " + decimal(0.6, 0.8, 1) + ").");
        p.denied.add("UNLISTED DX|Diastolic dysfunction");
        impression.add(n++ + ". Normal LV systolic function, LVEF " + ef + " %.");
        impression.add(n++ + ". " + denial[0]);
        impression.add(n + ". No pericardial effusion, no intracardiac clot or vegetation.");
        p.wide(impression.toArray(String[]::new));
        List<String> meds = new ArrayList<>();
        String[][] when = {{"OD", "OD"}, {"BD", "BD"}, {"HS", "QHS"}, {"once daily", "OD"}};
        for (Drug d : shuffled(CARDIAC).subList(0, between(2, 3))) {
            String[] w = when[random.nextInt(when.length)];
            meds.add("Tab. " + d.printed() + " " + d.strength() + " " + w[0]);
            fact(p, d, FactKeys.medication(d.canonical(), d.strength(), "TABLET", "-", w[1], "-"));
        }
        LocalDate nextEcho = on.plusMonths(between(6, 12));
        p.facts.add(FactKeys.date(nextEcho, "OTHER", false));
        p.wide("Current medicines (as per referral): " + String.join(", ", meds) + ".");
        handLine(p, handwriting);
        p.wide("Advice: TMT if symptoms persist. Repeat echo on " + ordinal(nextEcho) + ".",
                "Dr. V. Naidu, DM (Cardiology)   -   This is a summary; images archived under the echo number.");
        return p;
    }

    /** A dentist's prescription: a history checklist, tooth numbers (FDI) beside the findings, a dental Rx. */
    HeldOutPage dentalPrescription(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "dentist's prescription with tooth numbers");
        boolean male = random.nextBoolean();
        LocalDate on = date();
        p.facts.add(FactKeys.date(on, "DOCUMENT", false));
        p.wide("SMILE CRAFT DENTAL CLINIC & IMPLANT CENTRE", "Dr. Neha Kulkarni, BDS, MDS (Endodontics)   Reg. No. A-"
                + between(10000, 29999) + "   Mob. 98220 " + between(10000, 99999));
        int tooth = 10 * between(3, 4) + between(6, 8);
        int other = 10 * between(1, 4) + between(4, 8);
        if (other == tooth) {
            other = tooth - 10 > 10 ? tooth - 10 : tooth + 10;
        }
        p.wide("Date: " + SHORT.format(on) + "     Case No. " + between(1000, 9999) + "     Patient: " + person(male)
                + "   Age/Sex: " + between(19, 71) + "/" + (male ? "M" : "F"));
        boolean dm = random.nextInt(3) == 0;
        boolean htn = random.nextBoolean();
        boolean asthma = random.nextInt(4) == 0;
        boolean allergy = random.nextInt(3) == 0;
        boolean antiplatelet = htn && random.nextBoolean();
        List<String> history = new ArrayList<>();
        history.add("C/C: pain in " + (tooth / 10 == 3 ? "lower left" : "lower right") + " back tooth since "
                + between(2, 9) + " days" + (random.nextBoolean() ? ", swelling +" : ", night pain +"));
        history.add("Medical history:  DM - " + (dm ? "Yes (on Tab. Glimepiride 2 mg OD)" : "No") + "   HTN - "
                + (htn ? "Yes (on Tab. Losartan 50 mg OD)" : "No") + "   Asthma - " + (asthma ? "Yes" : "No")
                + "   Drug allergy: " + (allergy ? "Penicillin (rash)" : "none known"));
        dxOrDenied(p, dm, "Diabetes mellitus");
        dxOrDenied(p, htn, "Essential hypertension");
        dxOrDenied(p, asthma, "Asthma");
        if (dm) {
            p.facts.add(FactKeys.medication("Glimepiride", "2 mg", "TABLET", "-", "OD", "-"));
        }
        if (htn) {
            p.facts.add(FactKeys.medication("Losartan", "50 mg", "TABLET", "-", "OD", "-"));
        }
        int sys = htn ? between(138, 166) : between(110, 136);
        int dia = between(70, Math.min(98, sys - 36));
        int hr = between(68, 98);
        String sugar = "";
        if (dm) {
            int rbs = between(118, 226);
            sugar = "   RBS " + rbs + " mg/dL (glucometer)";
            p.facts.add(FactKeys.lab("Glucose", BigDecimal.valueOf(rbs), "mg/dL",
                    flag(BigDecimal.valueOf(rbs), "70", "140")));
        }
        history.add("Before LA: BP " + sys + "/" + dia + " mmHg   Pulse " + hr + "/min" + sugar);
        p.facts.add(FactKeys.bloodPressure(sys, dia));
        p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        history.add("O/E: deep caries wrt " + tooth + ", TTP +ve; " + other + " grossly decayed (root stumps); calculus ++,"
                + " BOP +");
        history.add("IOPA " + tooth + ": radiolucency approaching pulp, widened PDL space at the apex.");
        history.add("Diagnosis: symptomatic irreversible pulpitis wrt " + tooth + " with apical periodontitis;"
                + " chronic generalised gingivitis.");
        p.denied.add("UNLISTED DX|Irreversible pulpitis");
        p.denied.add("UNLISTED DX|Gingivitis");
        history.add("Tx plan: RCT wrt " + tooth + " followed by PFM crown; extraction of " + other
                + " root stumps; oral prophylaxis.");
        p.wide(history.toArray(String[]::new));
        List<String> rx = new ArrayList<>();
        rx.add("Rx");
        if (allergy) {
            rx.add("1) Cap. Clindamycin 300 mg   1-1-1   x 5 days");
            p.denied.add("UNLISTED MED|Clindamycin");
        } else if (random.nextBoolean()) {
            rx.add("1) Tab. Metronidazole 400 mg   1-1-1 after food   x 5 days");
            p.facts.add(FactKeys.medication("Metronidazole", "400 mg", "TABLET", "-", "TDS", "5 DAYS"));
        } else {
            rx.add("1) Cap. Doxycycline 100 mg   1-0-1   x 5 days");
            p.facts.add(FactKeys.medication("Doxycycline", "100 mg", "CAPSULE", "-", "BD", "5 DAYS"));
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                rx.add("2) Tab. Naproxen 250 mg   1-0-1 after food   x 3 days");
                p.facts.add(FactKeys.medication("Naproxen", "250 mg", "TABLET", "-", "BD", "3 DAYS"));
            }
            case 1 -> {
                rx.add("2) Tab. Ketorolac 10 mg   SOS for pain (not more than 3 in a day)");
                p.denied.add("UNLISTED MED|Ketorolac");
            }
            default -> {
                rx.add("2) Tab. Ibuprofen 400 mg   1-1-1 after food   x 3 days");
                p.facts.add(FactKeys.medication("Ibuprofen", "400 mg", "TABLET", "-", "TDS", "3 DAYS"));
            }
        }
        rx.add("3) Tab. Pantoprazole 40 mg   1-0-0 before breakfast   x 5 days");
        p.facts.add(FactKeys.medication("Pantoprazole", "40 mg", "TABLET", "-", "OD", "5 DAYS"));
        rx.add("4) Chlorhexidine 0.2% mouthwash - 10 ml, rinse 30 sec, twice daily x 7 days");
        p.denied.add("UNLISTED MED|Chlorhexidine");
        rx.add("5) Mucopain gel - apply on the gums SOS");
        p.denied.add("UNLISTED MED|Benzocaine");
        if (antiplatelet) {
            rx.add("Withhold Tab. Clopidogrel 75 mg from 3 days before the extraction (physician's consent taken).");
            p.facts.add(FactKeys.medication("Clopidogrel", "75 mg", "TABLET", "-", "-", "-"));
        }
        p.wide(rx.toArray(String[]::new));
        LocalDate next = on.plusDays(between(3, 6));
        p.facts.add(FactKeys.date(next, "OTHER", false));
        handLine(p, handwriting);
        p.wide("Next appointment: " + SHORT.format(next) + " at 5:30 pm (RCT " + tooth + ", 1st sitting).",
                "Do not eat for 1 hour after the procedure.  Emergency: 98220 " + between(10000, 99999));
        return p;
    }

    /** An eye clinic's prescription: acuity, pressures, refraction in a ruled table, drops dosed per eye. */
    HeldOutPage eyePrescription(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "eye clinic prescription, drops per eye");
        boolean male = random.nextBoolean();
        LocalDate on = date();
        p.facts.add(FactKeys.date(on, "DOCUMENT", ambiguous(on)));
        p.wide("DRISHTI EYE CARE & LASER CENTRE", "Dr. R. Chatterjee, MS (Ophth), FICO   MRD No. 25-"
                + between(1000, 9999) + "   Ph 0522 404 " + between(1000, 9999));
        int[] snellen = {9, 12, 18, 24, 36};
        p.wide("Date: " + slashed(on) + "     Name: " + person(male) + "   Age/Sex: " + between(34, 78) + "/"
                        + (male ? "M" : "F"),
                "VA (unaided): RE 6/" + snellen[random.nextInt(5)] + "  LE 6/" + snellen[random.nextInt(5)]
                        + "   with PH: RE 6/6  LE 6/6   Near: N" + (6 + 2 * random.nextInt(3)),
                "IOP (NCT) RE/LE: " + between(12, 26) + "/" + between(12, 26) + " mmHg   Slit lamp: see below");
        List<String> notes = new ArrayList<>();
        List<String> rx = new ArrayList<>();
        rx.add("Rx (wait 5 minutes between two drops; do not rub the eyes):");
        switch (random.nextInt(4)) {
            case 0 -> {
                LocalDate surgery = on.minusDays(between(1, 7));
                p.facts.add(FactKeys.date(surgery, "OTHER", ambiguous(surgery)));
                notes.add("Post-op day " + (on.toEpochDay() - surgery.toEpochDay()) + " after phaco + PCIOL RE ("
                        + slashed(surgery) + "): cornea clear, AC cells 1+, IOL in bag.");
                notes.add("Diagnosis: pseudophakia RE; immature senile cataract LE.");
                p.denied.add("UNLISTED DX|Pseudophakia");
                p.denied.add("UNLISTED DX|Senile cataract");
                rx.add("1. Moxifloxacin 0.5% eye drops - 1 drop RE 4 times a day x 2 weeks");
                p.denied.add("UNLISTED MED|Moxifloxacin");
                rx.add("2. Prednisolone acetate 1% eye drops - 1 drop RE every 4 hours x 1 week, then 4 times a day"
                        + " x 1 week, then 3 times a day x 1 week, then twice a day x 1 week, then stop");
                p.facts.add(FactKeys.medication("Prednisolone", "1 %", "DROPS", "-", "Q4H", "1 WEEKS"));
                rx.add("3. Carboxymethylcellulose 0.5% (Refresh Tears) - 1 drop in each eye QID x 1 month");
                p.denied.add("UNLISTED MED|Carboxymethylcellulose");
            }
            case 1 -> {
                notes.add("Slit lamp: papillae on upper tarsal conjunctiva BE, ropy discharge, cornea clear.");
                notes.add("Diagnosis: allergic conjunctivitis (BE).");
                p.facts.add(FactKeys.diagnosis("Conjunctivitis"));
                rx.add("1. Olopatadine 0.1% eye drops - 1 drop in each eye twice a day x 2 weeks");
                p.denied.add("UNLISTED MED|Olopatadine");
                rx.add("2. Fluorometholone 0.1% eye drops - 1 drop BE 3 times a day x 1 week");
                p.denied.add("UNLISTED MED|Fluorometholone");
                rx.add("3. Tab. Cetirizine 10 mg at bedtime x 5 days");
                p.facts.add(FactKeys.medication("Cetirizine", "10 mg", "TABLET", "-", "QHS", "5 DAYS"));
            }
            case 2 -> {
                notes.add("Slit lamp: LE lid oedema, congestion ++, mucopurulent discharge; RE quiet.");
                notes.add("Diagnosis: acute bacterial conjunctivitis LE.");
                p.facts.add(FactKeys.diagnosis("Conjunctivitis"));
                rx.add("1. Ciprofloxacin 0.3% eye drops - 2 drops LE every 6 hours x 5 days");
                p.facts.add(FactKeys.medication("Ciprofloxacin", "0.3 %", "DROPS", "-", "Q6H", "5 DAYS"));
                rx.add("2. Ciprofloxacin 0.3% eye ointment - LE at bedtime x 5 days");
                p.facts.add(FactKeys.medication("Ciprofloxacin", "0.3 %", "OINTMENT", "-", "QHS", "5 DAYS"));
                rx.add("3. Carboxymethylcellulose 0.5% - 1 drop LE 4 times a day x 2 weeks");
                p.denied.add("UNLISTED MED|Carboxymethylcellulose");
            }
            default -> {
                int rbs = between(104, 252);
                notes.add("Known T2DM for " + between(4, 15) + " yrs on Tab. Gliclazide 80 mg BD; RBS today " + rbs
                        + " mg/dL.  Fundus: CDR 0.7 LE, 0.4 RE; no diabetic retinopathy.");
                p.facts.add(FactKeys.diagnosis("Type 2 diabetes mellitus"));
                p.facts.add(FactKeys.medication("Gliclazide", "80 mg", "TABLET", "-", "BD", "-"));
                p.facts.add(FactKeys.lab("Glucose", BigDecimal.valueOf(rbs), "mg/dL",
                        flag(BigDecimal.valueOf(rbs), "70", "140")));
                notes.add("Diagnosis: primary open angle glaucoma LE (field defect); presbyopia.");
                p.denied.add("UNLISTED DX|Primary open angle glaucoma");
                p.denied.add("UNLISTED DX|Presbyopia");
                rx.add("1. Timolol 0.5% eye drops - 1 drop LE twice a day (8 am, 8 pm) - to continue");
                p.denied.add("UNLISTED MED|Timolol");
                rx.add("2. Brimonidine 0.2% eye drops - 1 drop LE 3 times a day - to continue");
                p.denied.add("UNLISTED MED|Brimonidine");
            }
        }
        p.wide(notes.toArray(String[]::new));
        p.wide("Glasses:"); // the renderer rules a table right under the line before it
        p.table(List.of("Eye\tSPH\tCYL x AXIS\tVA", "RE\t" + diopter() + "\t" + diopter() + " x " + 5 * between(1, 36)
                + "\t6/6", "LE\t" + diopter() + "\t" + diopter() + " x " + 5 * between(1, 36) + "\t6/6",
                "ADD (BE)\t+" + (1 + random.nextInt(3)) + ".00\t-\tN6"));
        p.wide(rx.toArray(String[]::new));
        LocalDate review = on.plusDays(7 * between(1, 4));
        p.facts.add(FactKeys.date(review, "OTHER", ambiguous(review)));
        handLine(p, handwriting);
        p.wide("Review on " + slashed(review) + " with this paper. Glasses valid for 1 year.");
        return p;
    }

    /** A health insurance claim form's part B: boxed dates, a yes/no history checklist, and the final bill. */
    HeldOutPage claimForm(String name, boolean handwriting) {
        HeldOutPage p = new HeldOutPage(name, "insurance claim form (part B) with the final bill");
        boolean male = random.nextBoolean();
        LocalDate admitted = date();
        LocalDate discharged = admitted.plusDays(between(2, 6));
        int days = (int) (discharged.toEpochDay() - admitted.toEpochDay());
        p.facts.add(FactKeys.date(admitted, "ADMISSION", ambiguous(admitted)));
        p.facts.add(FactKeys.date(discharged, "DISCHARGE", ambiguous(discharged)));
        int insured = 100_000 * between(2, 10);
        p.wide("CARELINK HEALTH TPA PVT. LTD.  -  CLAIM FORM PART B", "(to be filled in by the hospital)   Rohini ID 8900080"
                + between(100000, 999999));
        p.wide("Hospital: SHREE SAI SUPERSPECIALITY HOSPITAL, NASHIK   Policy No. 21" + between(10000, 99999) + "/2025",
                "Member ID CL" + between(1000000, 9999999) + "   Sum insured: Rs. " + lakh(insured) + "   Balance: Rs. "
                        + lakh(insured - 1000 * between(10, 90)),
                "Patient: " + person(male) + "   Age/Sex: " + between(21, 77) + "/" + (male ? "M" : "F"),
                "Date of admission (DD-MM-YYYY): " + boxed(admitted) + "   Time: " + between(10, 23) + ":"
                        + two(between(0, 59)) + "   Emergency [X]  Planned [ ]",
                "Date of discharge (DD-MM-YYYY): " + boxed(discharged));
        String[][] cases = {{"Enteric fever", "A01.0", "Typhoid fever"},
            {"Plasmodium vivax malaria", "B51.9", "Malaria"},
            {"Acute exacerbation of bronchial asthma", "J45.9", "Asthma"},
            {"Acute appendicitis (lap. appendicectomy)", "K35.8", ""}};
        String[] c = cases[random.nextInt(cases.length)];
        if (c[2].isEmpty()) {
            p.denied.add("UNLISTED DX|Acute appendicitis");
        } else {
            p.facts.add(FactKeys.diagnosis(c[2]));
        }
        List<String> form = new ArrayList<>();
        form.add("Primary diagnosis: " + c[0] + "   ICD-10: " + c[1]);
        String[][] checklist = {{"Diabetes", "Diabetes mellitus"}, {"Hypertension", "Essential hypertension"},
            {"Tuberculosis", "Tuberculosis"}, {"Epilepsy", "Epilepsy"}};
        StringBuilder past = new StringBuilder("Pre-existing disease:");
        for (int i = 0; i < checklist.length; i++) {
            boolean yes = random.nextInt(4) == 0;
            past.append("   ").append(checklist[i][0]).append(yes ? " [X] Yes [ ] No" : " [ ] Yes [X] No");
            dxOrDenied(p, yes, checklist[i][1]);
            if (i == 1) {
                form.add(past.toString());
                past.setLength(0);
                past.append("                     ");
            }
        }
        form.add(past.toString());
        int hr = between(84, 126);
        int sys = between(92, 148);
        int dia = between(56, Math.min(94, sys - 30));
        BigDecimal f = decimal(98.8, 103.6, 1);
        form.add("Condition at admission: pulse " + hr + "/min, BP " + sys + "/" + dia + " mmHg, temp " + f.toPlainString()
                + " F");
        p.facts.add(FactKeys.vital("PULSE", BigDecimal.valueOf(hr)));
        p.facts.add(FactKeys.bloodPressure(sys, dia));
        p.facts.add(FactKeys.vital("TEMPERATURE", celsius(f)));
        BigDecimal hb = decimal(8.4, 14.8, 1);
        int platelets = 1000 * between(62, 390);
        int sodium = between(126, 143);
        form.add("Key investigations: Hb " + hb.toPlainString() + " g/dL, platelets " + lakh(platelets)
                + " /cumm, S. sodium " + sodium + " mmol/L");
        p.facts.add(FactKeys.lab("Hemoglobin", hb, "g/dL", male ? flag(hb, "13.0", "17.0") : flag(hb, "12.0", "15.5")));
        p.facts.add(FactKeys.lab("Platelet count", BigDecimal.valueOf(platelets), "/cumm",
                flag(BigDecimal.valueOf(platelets), "150000", "450000")));
        p.facts.add(FactKeys.lab("Sodium", BigDecimal.valueOf(sodium), "mmol/L",
                flag(BigDecimal.valueOf(sodium), "136", "145")));
        p.wide(form.toArray(String[]::new));
        p.wide("FINAL BILL (summary)"); // the renderer rules a table right under the line before it
        List<String> rows = new ArrayList<>();
        rows.add("Particulars\tQty x Rate\tAmount (Rs)\tGST");
        long total = 2800L * days;
        rows.add("Room rent (twin sharing)\t" + days + " x 2,800.00\t" + lakh(2800 * days) + ".00\t0");
        List<Drug> billed = switch (c[2]) {
            case "Typhoid fever" -> List.of(new Drug("Ceftriaxone", "Ceftriaxone", "Inj", "2 g", true),
                    new Drug("Paracetamol", "Paracetamol", "Inj", "1 g", true));
            case "Malaria" -> List.of(new Drug("Artesunate", "Artesunate", "Inj", "120 mg", false),
                    new Drug("Primaquine", "Primaquine", "Tab", "15 mg", false));
            case "Asthma" -> List.of(new Drug("Hydrocortisone", "Hydrocortisone", "Inj", "100 mg", true),
                    new Drug("Budesonide", "Budesonide respules", "Inh", "0.5 mg", true));
            default -> List.of(new Drug("Cefuroxime", "Cefuroxime", "Inj", "1.5 g", true),
                    new Drug("Metronidazole", "Metronidazole", "Inj", "500 mg", true));
        };
        for (Drug d : billed) {
            int qty = between(2, 3 * days);
            int rate = between(40, 640);
            total += (long) qty * rate;
            String prefix = switch (d.form()) {
                case "Inj" -> "Inj. ";
                case "Inh" -> "";
                default -> "Tab. ";
            };
            rows.add(prefix + d.printed() + " " + d.strength() + "\t" + qty + " x " + rate + ".00\t" + lakh(qty * rate)
                    + ".00\t" + (random.nextBoolean() ? "12%" : "5%"));
            fact(p, d, FactKeys.medication(d.canonical(), d.strength(), formKey(d), "-", "-", "-"));
        }
        int bottles = between(3, 9);
        total += 96L * bottles;
        rows.add("IV fluid RL 500 ml\t" + bottles + " x 96.00\t" + (96 * bottles) + ".00\t5%");
        p.denied.add("UNLISTED MED|Ringer lactate");
        rows.add("Lab (CBC, LFT, RFT, smear)\t1\t2,450.00\t0");
        total += 2450;
        p.table(rows);
        p.wide("Gross total: Rs. " + lakh(total) + ".00   Less non-payable items: Rs. " + lakh(between(300, 2900))
                + ".00   Advance paid: Rs. 10,000.00");
        LocalDate signed = discharged;
        p.facts.add(FactKeys.date(signed, "DOCUMENT", ambiguous(signed)));
        handLine(p, handwriting);
        p.wide("Declaration: the information above is true.  Date: " + slashed(signed)
                + "   Dr. M. Rawat, MD (treating doctor)   Hospital seal");
        return p;
    }

    private void dxOrDenied(HeldOutPage p, boolean yes, String canonical) {
        if (yes) {
            p.facts.add(FactKeys.diagnosis(canonical));
        } else {
            p.denied.add(FactKeys.diagnosis(canonical));
        }
    }

    /** A handwritten line whose guess names nothing typed on the paper; lines not yet drawn in the set first. */
    private void handLine(HeldOutPage p, boolean handwriting) {
        if (!handwriting) {
            return;
        }
        List<String[]> order = new ArrayList<>(unusedHands);
        for (String[] h : HANDWRITING) {
            if (!order.contains(h)) {
                order.add(h);
            }
        }
        for (String[] h : order) {
            if (p.facts.stream().map(HeldOutScore::identity).noneMatch(h[1]::equals)) {
                unusedHands.remove(h);
                p.handwritten(h[0]);
                p.denied.add("GUESS " + h[1]);
                return;
            }
        }
        throw new IllegalStateException(p.name + ": no handwritten line fits");
    }

    private void fact(HeldOutPage p, Drug d, String key) {
        if (d.listed()) {
            p.facts.add(key);
        } else {
            p.denied.add("UNLISTED MED|" + d.canonical());
        }
    }

    private void diagnosis(HeldOutPage p, Dx dx) {
        if (dx.listed()) {
            p.facts.add(FactKeys.diagnosis(dx.canonical()));
        } else {
            p.denied.add("UNLISTED DX|" + dx.canonical());
        }
    }

    private static String formKey(Drug d) {
        return switch (d.form()) {
            case "Cap" -> "CAPSULE";
            case "Syp" -> "SYRUP";
            case "Inj" -> "INJECTION";
            case "Cream" -> "CREAM";
            case "Inh" -> "-";
            default -> "TABLET";
        };
    }

    /** A spectacle power: a sign, whole dioptres and a quarter step, as "-1.25" or "+0.75". */
    private String diopter() {
        int quarters = between(-12, 8);
        return (quarters < 0 ? "-" : "+") + BigDecimal.valueOf(Math.abs(quarters), 0)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Indian digit grouping: 3,00,000 and 1,02,450. */
    static String lakh(long n) {
        String s = Long.toString(n);
        if (s.length() <= 3) {
            return s;
        }
        StringBuilder head = new StringBuilder(s.substring(0, s.length() - 3));
        for (int i = head.length() - 2; i > 0; i -= 2) {
            head.insert(i, ',');
        }
        return head + "," + s.substring(s.length() - 3);
    }

    /** A date written into a form's boxes, one digit a box: "0 3 - 0 8 - 2 0 2 5". */
    private static String boxed(LocalDate d) {
        return String.join(" - ", spaced(String.format(Locale.ROOT, "%02d", d.getDayOfMonth())),
                spaced(String.format(Locale.ROOT, "%02d", d.getMonthValue())), spaced(Integer.toString(d.getYear())));
    }

    private static String spaced(String digits) {
        return String.join(" ", digits.split(""));
    }

    /** A government office's date: day, the month in Roman numerals, year ("14.VII.2025"). */
    private static String roman(LocalDate d) {
        return d.getDayOfMonth() + "." + ROMAN[d.getMonthValue() - 1] + "." + d.getYear();
    }

    /** "14th July 2025". */
    private static String ordinal(LocalDate d) {
        int day = d.getDayOfMonth();
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return day + suffix + " " + MONTH_YEAR.format(d);
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private String person(boolean male) {
        return GIVEN[2 * random.nextInt(GIVEN.length / 2) + (male ? 0 : 1)] + " "
                + FAMILY[random.nextInt(FAMILY.length)];
    }

    private LocalDate date() {
        return LocalDate.of(2025, 4, 1).plusDays(random.nextInt(230));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private BigDecimal decimal(double min, double max, int decimals) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(decimals, RoundingMode.HALF_UP);
    }

    private <T> List<T> shuffled(List<T> from) {
        List<T> list = new ArrayList<>(from);
        Collections.shuffle(list, random);
        return list;
    }
}
