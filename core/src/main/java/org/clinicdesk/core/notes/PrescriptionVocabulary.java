package org.clinicdesk.core.notes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * The words and shorthand doctors type in prescription lines (forms, routes, frequencies, durations, "1-0-1" dose
 * patterns), as patterns and their normal names. Kept apart from the parser so the vocabulary can grow on its own.
 */
final class PrescriptionVocabulary {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SLOT = "(?:\\d+(?:\\.\\d+)?|½|¼|¾|1/2|1/4|3/4)";

    static final Pattern DOSE_PATTERN = Pattern.compile(
            "(?<![\\w./-])" + SLOT + "(?:\\s*-\\s*" + SLOT + "){2,3}(?![\\w./-])", FLAGS);
    static final Pattern STRENGTH = Pattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+(?:\\.\\d+)?)?)\\s*"
                    + "(mcg|µg|ug|mg|gm|g|ml|iu|units?|%|meq|mmol)"
                    + "(?:\\s*/\\s*(\\d+(?:\\.\\d+)?)?\\s*(ml|g|dose|tab))?(?![\\w%])", FLAGS);
    static final Pattern DOSE_COUNT = Pattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?|½|one|two)\\s*"
                    + "(tabs?|tablets?|caps?|capsules?|puffs?|drops?|sachets?|units?|teaspoons?|tsp)(?!\\w)", FLAGS);
    static final Pattern DURATION = Pattern.compile(
            "(?<![\\w./])(?:(?:x|×|for)\\s*)?(\\d+)\\s*(?:(days?|d|weeks?|wks?|w|months?|mo)(?!\\w)|/\\s*(7|52|12)(?![\\w/]))",
            FLAGS);
    static final Pattern FREQUENCY = Pattern.compile("(?<!\\w)(?:"
            + "once (?:a|per) day|once daily|twice (?:a|per) day|twice daily|thrice daily|three times (?:a|per) day"
            + "|three times daily|four times (?:a|per) day|four times daily|at bed ?time|at night|once (?:a|per) week"
            + "|every (\\d+) ?h(?:ours?|rs?)?|(\\d+)[- ]?hourly|q ?(\\d+) ?h"
            + "|weekly|od|bd|bid|tds|tid|qds|qid|qd|qhs|hs|sos|prn|stat|as needed|when needed|when required"
            + ")(?!\\w)", FLAGS);
    static final Pattern ROUTE = Pattern.compile("(?<!\\w)(?:"
            + "oral(?:ly)?|p\\.?o\\.?|by mouth|i\\.?v\\.?|intravenous(?:ly)?|i\\.?m\\.?|intramuscular(?:ly)?"
            + "|s\\.?c\\.?|subcut(?:aneous(?:ly)?)?|sub-cutaneous(?:ly)?|s\\.?l\\.?|sublingual(?:ly)?"
            + "|inhal(?:ed|ation)|inh|nebulised|nebulized|topical(?:ly)?|local(?:ly)?|l\\.?a\\.?|rectal(?:ly)?|p\\.?r\\.?"
            + "|per rectum|p\\.?v\\.?|vaginal(?:ly)?|intranasal|nasal|eye|ophthalmic|ear|otic|transdermal"
            + ")(?!\\w)", FLAGS);
    static final Pattern FORM = Pattern.compile("(?<!\\w)(?:"
            + "tabs?|tablets?|caps?|capsules?|syp|syrup|susp(?:ension)?|inj|injection|inhaler|mdi|cream|oint(?:ment)?"
            + "|gel|lotion|drops?|gtt|sachets?|supp(?:ository)?|spray|patch|respules?|powder|solution|soln"
            + ")(?!\\w)\\.?", FLAGS);
    static final Pattern TIMING = Pattern.compile("(?<!\\w)(?:ac|pc|a/c|p/c)(?!\\w)", FLAGS);

    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("tab", "tablet"), Map.entry("tabs", "tablet"), Map.entry("tablets", "tablet"),
            Map.entry("cap", "capsule"), Map.entry("caps", "capsule"), Map.entry("capsules", "capsule"),
            Map.entry("syp", "syrup"), Map.entry("susp", "suspension"), Map.entry("inj", "injection"),
            Map.entry("mdi", "inhaler"), Map.entry("oint", "ointment"), Map.entry("drop", "drops"),
            Map.entry("gtt", "drops"), Map.entry("sachets", "sachet"), Map.entry("supp", "suppository"),
            Map.entry("respule", "respules"), Map.entry("soln", "solution"));

    private PrescriptionVocabulary() {
    }

    static String form(String typed) {
        String key = typed.toLowerCase(Locale.ROOT).replace(".", "");
        return FORMS.getOrDefault(key, key);
    }

    static String route(String typed) {
        String key = typed.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "");
        if (key.startsWith("oral") || key.equals("po") || key.equals("by mouth")) {
            return "oral";
        }
        if (key.equals("iv") || key.startsWith("intravenous")) {
            return "IV";
        }
        if (key.equals("im") || key.startsWith("intramuscular")) {
            return "IM";
        }
        if (key.equals("sc") || key.startsWith("subcut")) {
            return "SC";
        }
        if (key.equals("sl") || key.startsWith("sublingual")) {
            return "sublingual";
        }
        if (key.startsWith("inh") || key.startsWith("nebuli")) {
            return "inhaled";
        }
        if (key.startsWith("topical") || key.startsWith("local") || key.equals("la")) {
            return "topical";
        }
        if (key.startsWith("rectal") || key.equals("pr") || key.equals("per rectum")) {
            return "rectal";
        }
        if (key.equals("pv") || key.startsWith("vaginal")) {
            return "vaginal";
        }
        if (key.equals("eye") || key.equals("ophthalmic")) {
            return "eye";
        }
        if (key.equals("ear") || key.equals("otic")) {
            return "ear";
        }
        return key.equals("intranasal") ? "nasal" : key;
    }

    /** The route a form implies when none is typed; empty when the form leaves it open (injections, drops). */
    static Optional<String> impliedRoute(String form) {
        switch (form) {
            case "inhaler":
            case "respules":
                return Optional.of("inhaled");
            case "cream":
            case "ointment":
            case "gel":
            case "lotion":
                return Optional.of("topical");
            case "patch":
                return Optional.of("transdermal");
            case "suppository":
                return Optional.of("rectal");
            case "injection":
            case "drops":
            case "spray":
            case "solution":
                return Optional.empty();
            default:
                return Optional.of("oral");
        }
    }

    static Frequency frequency(Matcher m) {
        String typed = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String hours = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (hours != null) {
            return everyHours(count("frequency", hours, m.group()), m.group());
        }
        if (typed.startsWith("once a week") || typed.startsWith("once per week")) {
            return Frequency.WEEKLY;
        }
        if (typed.startsWith("once")) {
            return Frequency.OD;
        }
        if (typed.startsWith("twice")) {
            return Frequency.BD;
        }
        if (typed.startsWith("thrice") || typed.startsWith("three")) {
            return Frequency.TDS;
        }
        if (typed.startsWith("four") || typed.equals("qds")) {
            return Frequency.QID;
        }
        if (typed.startsWith("at ")) {
            return Frequency.QHS;
        }
        if (typed.endsWith("needed") || typed.endsWith("required")) {
            return Frequency.PRN;
        }
        return Frequency.parse(typed);
    }

    private static Frequency everyHours(int hours, String typed) {
        switch (hours) {
            case 4:
                return Frequency.Q4H;
            case 6:
                return Frequency.Q6H;
            case 8:
                return Frequency.Q8H;
            case 12:
                return Frequency.BD;
            case 24:
                return Frequency.OD;
            default:
                throw new ValidationException("frequency", CoreMessages.text("notes.frequency.interval", typed));
        }
    }

    /** Days in a typed duration: "5 days", "2 weeks", "1 month" (30 days), or the chart shorthand 5/7, 2/52, 1/12. */
    static int days(Matcher m) {
        int n = count("duration", m.group(1), m.group());
        String unit = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : "/" + m.group(3);
        if (unit.startsWith("d") || unit.equals("/7")) {
            return n;
        }
        if (unit.startsWith("w") || unit.equals("/52")) {
            return n * 7;
        }
        return n * 30;
    }

    private static int count(String field, String digits, String typed) {
        if (digits.length() > 5) {
            throw new ValidationException(field, CoreMessages.text("notes.notPlausible", typed, field));
        }
        return Integer.parseInt(digits);
    }

    static String strength(Matcher m) {
        String amount = m.group(1).replaceAll("\\s+", "");
        String unit = unit(m.group(2));
        String text = unit.equals("%") ? amount + "%" : amount + " " + unit;
        if (m.group(4) != null) {
            String per = m.group(3) == null ? "" : m.group(3) + " ";
            text += "/" + per + unit(m.group(4));
        }
        return text;
    }

    static String doseCount(Matcher m) {
        return m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
    }

    private static String unit(String typed) {
        String u = typed.toLowerCase(Locale.ROOT);
        switch (u) {
            case "µg":
            case "ug":
                return "mcg";
            case "gm":
                return "g";
            case "ml":
                return "mL";
            case "iu":
                return "IU";
            case "unit":
                return "units";
            case "meq":
                return "mEq";
            default:
                return u;
        }
    }
}
