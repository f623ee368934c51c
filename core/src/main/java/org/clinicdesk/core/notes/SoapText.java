package org.clinicdesk.core.notes;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** The four parts of a SOAP note: subjective, objective, assessment, plan. */
public record SoapText(String subjective, String objective, String assessment, String plan) {
    static final int MAX_PART = 20_000;

    public SoapText {
        subjective = clean("subjective", subjective);
        objective = clean("objective", objective);
        assessment = clean("assessment", assessment);
        plan = clean("plan", plan);
    }

    public boolean isEmpty() {
        return subjective.isEmpty() && objective.isEmpty() && assessment.isEmpty() && plan.isEmpty();
    }

    /** This text with every part that the change gives (non-null) replaced. */
    public SoapText amendedBy(String s, String o, String a, String p) {
        return new SoapText(s == null ? subjective : s, o == null ? objective : o, a == null ? assessment : a,
                p == null ? plan : p);
    }

    private static String clean(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_PART) {
            throw new ValidationException(field, CoreMessages.text("common.tooLong", String.valueOf(MAX_PART)));
        }
        return v;
    }
}
