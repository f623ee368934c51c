package org.clinicdesk.core.extraction;

/** Why an extracted number must be checked against the paper before it enters the chart. */
public enum ValueDoubt {
    /** One of its characters was read with low confidence, or repaired from a letter. */
    LOW_CONFIDENCE_DIGIT,
    /** Its decimal point was repaired from a comma or colon, or looks lost (10 where the range says 1.0). */
    DOUBTFUL_DECIMAL_POINT,
    /** Outside what a living patient can have, or ten times off its reference range. */
    IMPLAUSIBLE,
    /** Its printed reference range cannot be right (the low end above the high end): a misread range. */
    DOUBTFUL_RANGE
}
