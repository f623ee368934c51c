package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.clinicdesk.core.notes.Frequency;

/** The ways prescriptions write strength, form, route, frequency and duration, each read into its value. */
final class MedicationPatterns {
    static final Pattern STRENGTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\d+(?:\\.\\d+)?)\\s*(mg|rng|mcg|µg|ug|gm|g|ml|IU|iu|units?|%)"
                    + "(?:\\s*/\\s*(\\d+(?:\\.\\d+)?)?\\s*(ml|mL|g))?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    static final Pattern FORM = Pattern.compile(
            "(?<![\\p{L}])(tab(?:let)?s?|cap(?:sule)?s?|syp|syr(?:up)?|susp(?:ension)?|inj(?:ection)?|inhaler|drops?|cream"
                    + "|oint(?:ment)?|gel)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /**
     * A capital T or C with a dot right before a medicine's name, as Indian prescriptions abbreviate tablet and
     * capsule ("1. T. Metformin", "| C. Omeprazole"): a token of its own where a prescription line begins, at the
     * line's start or after a rule, a bullet or an item's number. Elsewhere a lone letter is something else: the end
     * of initials ("Dr. S.T."), a temperature's unit ("Temp 38 C, Paracetamol"). Fax copies often read those dots
     * as commas ("2, T, Prednisolone"), which only in that place are taken for them.
     * Match it with non-anchoring bounds and take it only when it ends where the name starts.
     */
    static final Pattern FORM_INITIAL = Pattern.compile(
            "(?<=(?:^|[|¦•·*\\-–]|\\d[.),])[ \\t]{0,4})([TC])[.,][ \\t]*", Pattern.MULTILINE);
    static final Pattern ROUTE = Pattern.compile(
            "(?<![\\p{L}])(PO|P\\.O\\.|[Oo]ral(?:ly)?|[Bb]y mouth|IV|I\\.V\\.|[Ii]ntravenous(?:ly)?|IM|I\\.M\\."
                    + "|[Ii]ntramuscular(?:ly)?|SC|S\\.C\\.|[Ss]ubcut(?:aneous(?:ly)?)?|SL|[Ss]ublingual(?:ly)?"
                    + "|[Pp]er rectum|[Rr]ectal(?:ly)?|[Tt]opical(?:ly)?|[Ll]ocal application|[Ii]nhaled|[Ii]nhalation)"
                    + "(?![\\p{L}])");
    static final Pattern FREQUENCY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(OD|BD|BID|TDS|TID|QID|QDS|QHS|HS|PRN|SOS|STAT|Q4H|Q6H|Q8H|QD|1-0-1|1-1-1-1|1-1-1|1-0-0"
                    + "|0-0-1|0-1-0|1-1-0|0-1-1|once (?:a )?daily|once a day|twice (?:a )?daily|twice a day|thrice daily"
                    + "|three times (?:a )?(?:day|daily)|four times (?:a )?(?:day|daily)|at bedtime|at night"
                    + "|as needed|when needed|when required|as required|if needed|if required|every [468] hours|[468][ -]hourly"
                    + "|once a week|weekly)(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE);
    static final Pattern DURATION = Pattern.compile(
            "(?:(?:for|x|×)\\s*)?(?<![\\p{N}])(\\d{1,3})\\s*(days?|weeks?|wks?|months?)(?![\\p{L}])"
                    + "|(?<![\\p{N}/])(\\d{1,2})\\s*/\\s*(7|52|12)(?![\\p{N}/])", Pattern.CASE_INSENSITIVE);

    private MedicationPatterns() {
    }

    static Strength strength(MatchResult m) {
        String unit = m.group(2).equalsIgnoreCase("rng") ? "mg" : m.group(2);
        unit = switch (unit.toLowerCase(Locale.ROOT)) {
            case "ml" -> "mL";
            case "iu" -> "IU";
            case "gm" -> "g";
            case "ug", "µg" -> "mcg";
            case "unit", "units" -> "units";
            default -> unit.toLowerCase(Locale.ROOT);
        };
        if (m.group(4) != null) {
            String per = m.group(4).equalsIgnoreCase("ml") ? "mL" : "g";
            unit = unit + "/" + (m.group(3) == null ? "" : m.group(3) + " ") + per;
        }
        return new Strength(new BigDecimal(m.group(1)), unit);
    }

    static DoseForm form(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("tab") || w.equals("t")) {
            return DoseForm.TABLET;
        } else if (w.startsWith("cap") || w.equals("c")) {
            return DoseForm.CAPSULE;
        } else if (w.startsWith("sy")) {
            return DoseForm.SYRUP;
        } else if (w.startsWith("susp")) {
            return DoseForm.SUSPENSION;
        } else if (w.startsWith("inj")) {
            return DoseForm.INJECTION;
        } else if (w.startsWith("inhal")) {
            return DoseForm.INHALER;
        } else if (w.startsWith("drop")) {
            return DoseForm.DROPS;
        } else if (w.startsWith("cream")) {
            return DoseForm.CREAM;
        } else if (w.startsWith("oint")) {
            return DoseForm.OINTMENT;
        }
        return DoseForm.GEL;
    }

    static Route route(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.equals("po") || w.startsWith("oral") || w.equals("by mouth")) {
            return Route.ORAL;
        } else if (w.equals("iv") || w.startsWith("intravenous")) {
            return Route.INTRAVENOUS;
        } else if (w.equals("im") || w.startsWith("intramuscular")) {
            return Route.INTRAMUSCULAR;
        } else if (w.equals("sc") || w.startsWith("subcut")) {
            return Route.SUBCUTANEOUS;
        } else if (w.equals("sl") || w.startsWith("sublingual")) {
            return Route.SUBLINGUAL;
        } else if (w.contains("rect")) {
            return Route.RECTAL;
        } else if (w.startsWith("inhal")) {
            return Route.INHALED;
        }
        return Route.TOPICAL;
    }

    static Optional<Frequency> frequency(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.startsWith("once a week") || t.equals("weekly")) {
            return Optional.of(Frequency.WEEKLY);
        } else if (t.startsWith("once")) {
            return Optional.of(Frequency.OD);
        } else if (t.startsWith("twice")) {
            return Optional.of(Frequency.BD);
        } else if (t.startsWith("thrice") || t.startsWith("three")) {
            return Optional.of(Frequency.TDS);
        } else if (t.startsWith("four") || t.equals("qds") || t.equals("1-1-1-1")) {
            return Optional.of(Frequency.QID);
        } else if (t.equals("at bedtime") || t.equals("at night")) {
            return Optional.of(Frequency.QHS);
        } else if (t.startsWith("as ") || t.startsWith("when ") || t.startsWith("if ")) {
            return Optional.of(Frequency.PRN);
        } else if (t.startsWith("every") || t.contains("hourly")) {
            return Optional.of(Frequency.valueOf("Q" + t.replaceAll("\\D", "") + "H"));
        }
        if (t.matches("[01]-[01]-[01]")) {
            // Morning-noon-night: the number of doses a day is what the schedule means.
            int doses = t.replace("-", "").replace("0", "").length();
            return Optional.of(doses == 1 ? Frequency.OD : doses == 2 ? Frequency.BD : Frequency.TDS);
        }
        try {
            return Optional.of(Frequency.parse(t));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static DoseDuration duration(MatchResult m) {
        if (m.group(1) != null) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            ChronoUnit u = unit.startsWith("d") ? ChronoUnit.DAYS : unit.startsWith("w") ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
            return new DoseDuration(Integer.parseInt(m.group(1)), u);
        }
        ChronoUnit u = switch (m.group(4)) {
            case "7" -> ChronoUnit.DAYS;
            case "52" -> ChronoUnit.WEEKS;
            default -> ChronoUnit.MONTHS;
        };
        return new DoseDuration(Integer.parseInt(m.group(3)), u);
    }
}
