package org.clinicdesk.core.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes OCR's usual slips inside numbers before facts are read: a dotted or slashed zero read as {@code @},
 * {@code O} or {@code o} among digits, {@code l} or {@code I} among digits, a decimal point read as a comma or colon. Every repair swaps one character for
 * one, so offsets into the repaired text are offsets into the page text too.
 */
final class OcrRepair {
    private static final Pattern AT_AS_ZERO = Pattern.compile("(?<=[\\d.(\\[{])@|@(?=[\\d.])|(?<=\\s|^)@(?=\\s*[-–]\\s*\\d)");
    private static final Pattern LETTER_IN_NUMBER = Pattern.compile("(?<=\\d)[OoIl](?=\\d|[OoIl]\\d)|(?<=\\d)[Oo]{1,2}(?=\\s*(?:mg|mcg|ml|%))");

    /** A decimal point read as comma or colon: one digit after it, so "1,000" and "10:30" stay as they are. */
    private static final Pattern POINT_MISREAD = Pattern.compile("(?<=\\d)[,:](?=\\d(?![\\d:]))");

    private OcrRepair() {
    }

    static String repair(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher at = AT_AS_ZERO.matcher(text);
        while (at.find()) {
            out.setCharAt(at.start(), '0');
        }
        Matcher letters = LETTER_IN_NUMBER.matcher(out.toString());
        while (letters.find()) {
            for (int i = letters.start(); i < letters.end(); i++) {
                char c = out.charAt(i);
                out.setCharAt(i, c == 'I' || c == 'l' ? '1' : '0');
            }
        }
        Matcher points = POINT_MISREAD.matcher(out.toString());
        while (points.find()) {
            out.setCharAt(points.start(), '.');
        }
        return out.toString();
    }
}
