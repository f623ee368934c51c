package org.clinicdesk.core.flags;

import java.util.List;
import org.clinicdesk.core.common.RuleViolationException;

/** The signing rule's refusal: high-severity flags about medicines that nobody has acknowledged or overridden. */
public final class UnansweredFlagsException extends RuleViolationException {
    private final transient List<ClinicalFlag> flags;

    public UnansweredFlagsException(String message, List<ClinicalFlag> flags) {
        super(message);
        this.flags = List.copyOf(flags);
    }

    public List<ClinicalFlag> flags() {
        return flags;
    }
}
