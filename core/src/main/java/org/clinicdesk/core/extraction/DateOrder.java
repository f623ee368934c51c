package org.clinicdesk.core.extraction;

/** How the clinic writes numeric dates, used to read {@code 03/04/2024}; a clinic setting, not a guess. */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST
}
