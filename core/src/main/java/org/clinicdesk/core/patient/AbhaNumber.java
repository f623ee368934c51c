package org.clinicdesk.core.patient;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * An Ayushman Bharat Health Account number: 14 digits written {@code 91-XXXX-XXXX-XXXX}, whose last digit is a
 * Verhoeff check digit over the first 13 (so a mistyped or swapped digit is caught at the desk).
 */
public record AbhaNumber(String digits) {
    private static final int LENGTH = 14;
    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    public AbhaNumber {
        if (digits == null || !digits.matches("[0-9]{" + LENGTH + "}")) {
            throw new ValidationException("abha", CoreMessages.text("patient.abha.digits"));
        }
        if (!verhoeffValid(digits)) {
            throw new ValidationException("abha",
                    CoreMessages.text("patient.abha.checkDigit", format(digits)));
        }
    }

    /** Reads "91-1234-5678-9012", "91 1234 5678 9012" or the 14 digits together. */
    public static AbhaNumber parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9 \\-]+")) {
            throw new ValidationException("abha", CoreMessages.text("patient.abha.characters", text));
        }
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.length() != LENGTH) {
            throw new ValidationException("abha",
                    CoreMessages.text("patient.abha.length", text, String.valueOf(digits.length())));
        }
        return new AbhaNumber(digits);
    }

    /** The check digit that completes {@code body} (digits only). */
    public static int checkDigit(String body) {
        int c = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            c = D[c][P[(i + 1) % 8][digit]];
        }
        return INV[c];
    }

    static boolean verhoeffValid(String number) {
        int c = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            c = D[c][P[i % 8][digit]];
        }
        return c == 0;
    }

    private static String format(String d) {
        return d.substring(0, 2) + "-" + d.substring(2, 6) + "-" + d.substring(6, 10) + "-" + d.substring(10);
    }

    /** As printed on the ABHA card: {@code 91-1234-5678-9012}. */
    public String formatted() {
        return format(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
