package org.clinicdesk.core.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Sex;

/**
 * Who a document says it is about, as printed on it: name, age or date of birth, sex, UHID and the patient's phone.
 * Only labelled fields count ("Patient: ...", "Age/Sex: 45/M", "UHID: ..."), so the clinic's own phone number or a
 * doctor's registration number is never taken for the patient's.
 */
public record PrintedPatient(Optional<String> name, Optional<Integer> age, Optional<LocalDate> dateOfBirth,
                             Optional<Sex> sex, Optional<String> uhid, Optional<String> phoneDigits) {
    private static final String LABEL_AHEAD = "(?=\\s{2,}|\\s+(?:age|sex|gender|dob|d\\.o\\.b|uhid|mrn|date|mobile|ph(?:one)?)\\b|$|,)";
    private static final Pattern NAME = Pattern.compile("(?im)^.*?\\b(?:patient(?:'s)?\\s*name|pt\\.?\\s*name|patient|name)\\s*[:\\-]\\s*"
            + "(?:(?:mr|mrs|ms|miss|master|baby|smt|shri|sri)\\.?\\s+)?(\\p{L}[\\p{L}.' ]{1,60}?)" + LABEL_AHEAD);
    private static final Pattern AGE = Pattern.compile("(?i)\\bage(?:\\s*/\\s*(?:sex|gender))?\\s*[:\\-]?\\s*(\\d{1,3})\\s*"
            + "(?:y(?:ea)?rs?|y)?\\.?\\s*(?:/\\s*(male|female|m|f)\\b)?");
    private static final Pattern SEX = Pattern.compile("(?i)\\b(?:sex|gender)\\s*[:\\-]?\\s*(male|female|m|f)\\b");
    private static final Pattern DOB = Pattern.compile("(?i)\\b(?:dob|d\\.o\\.b\\.?|date of birth)\\s*[:\\-]?\\s*"
            + "(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern UHID = Pattern.compile("(?i)\\b(?:uhid|mrn|patient id)\\s*(?:no\\.?)?\\s*[:\\-#]?\\s*([A-Z0-9][A-Z0-9\\-]{3,19})");
    private static final Pattern PHONE = Pattern.compile("(?i)\\b(?:mobile|mob\\.?|patient(?:'s)? (?:phone|contact))\\s*(?:no\\.?)?\\s*[:\\-]?\\s*(\\+?[\\d][\\d\\s\\-]{8,15}\\d)");

    public static PrintedPatient read(String text, DateOrder order, LocalDate today) {
        Optional<String> name = first(NAME, text).map(n -> n.strip().replaceAll("\\s+", " "));
        Matcher age = AGE.matcher(text);
        Optional<Integer> years = Optional.empty();
        Optional<Sex> sex = Optional.empty();
        if (age.find()) {
            years = Optional.of(Integer.parseInt(age.group(1)));
            sex = Optional.ofNullable(age.group(2)).map(PrintedPatient::sex);
        }
        if (sex.isEmpty()) {
            sex = first(SEX, text).map(PrintedPatient::sex);
        }
        Optional<LocalDate> dob = first(DOB, text).flatMap(d -> {
            try {
                return Optional.of(DateOfBirth.parse(d, order, today).date());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        Optional<String> phone = first(PHONE, text).map(p -> p.replaceAll("\\D", ""))
                .map(d -> d.length() > 10 ? d.substring(d.length() - 10) : d);
        return new PrintedPatient(name, years, dob, sex, first(UHID, text).map(u -> u.toUpperCase(Locale.ROOT)), phone);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Sex sex(String printed) {
        return printed.toLowerCase(Locale.ROOT).startsWith("f") ? Sex.F : Sex.M;
    }
}
