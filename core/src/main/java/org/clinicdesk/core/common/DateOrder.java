package org.clinicdesk.core.common;

/**
 * How the clinic writes numeric dates: read {@code 03/04/2024} and print dates of birth in this order. A clinic
 * setting, never a guess; ISO {@code 2024-04-03} is read the same way in both.
 */
public enum DateOrder {
    DAY_FIRST("DD/MM/YYYY"), MONTH_FIRST("MM/DD/YYYY");

    private final String pattern;

    DateOrder(String pattern) {
        this.pattern = pattern;
    }

    /** The order as people see it in a hint: {@code DD/MM/YYYY}. */
    public String pattern() {
        return pattern;
    }
}
