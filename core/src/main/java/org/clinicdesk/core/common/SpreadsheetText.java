package org.clinicdesk.core.common;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet opening a CSV would run as a formula: a field starting with {@code = + - @} (or their
 * full-width forms), a tab, a carriage return or a line feed. A patient's name typed at reception, an audit detail or a
 * row another desk pushed can start that way; written out with a leading apostrophe, the spreadsheet shows it as text.
 * Plain numbers such as {@code -2} run nothing and are left as they are.
 */
public final class SpreadsheetText {
    private static final String STARTS_A_FORMULA = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    /** True when a spreadsheet would read the field as a formula. */
    public static boolean runsAsFormula(String field) {
        return !field.isEmpty() && STARTS_A_FORMULA.indexOf(field.charAt(0)) >= 0 && !NUMBER.matcher(field).matches();
    }

    /** The field as a spreadsheet shows it without running it. */
    public static String inert(String field) {
        return runsAsFormula(field) ? "'" + field : field;
    }
}
