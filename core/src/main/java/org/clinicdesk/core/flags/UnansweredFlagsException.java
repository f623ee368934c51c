package org.clinicdesk.core.flags;

import java.util.List;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.RuleViolationException;

/**
 * The signing rule's refusal: high-severity flags about medicines that nobody has acknowledged or overridden. The
 * message (for the command line) ends with how to answer them there; the window asks with {@link #listing()}.
 */
public final class UnansweredFlagsException extends RuleViolationException {
    private final transient List<ClinicalFlag> flags;

    public UnansweredFlagsException(List<ClinicalFlag> flags) {
        super(listing(flags) + "\n" + CoreMessages.text("flags.signing.howToAnswer"));
        this.flags = List.copyOf(flags);
    }

    public List<ClinicalFlag> flags() {
        return flags;
    }

    /** "The note cannot be signed: 1 high-severity flag is not acknowledged:" and a line per flag. */
    public String listing() {
        return listing(flags);
    }

    private static String listing(List<ClinicalFlag> flags) {
        StringBuilder s = new StringBuilder(CoreMessages.text("flags.signing.refused", flags.size()));
        flags.forEach(f -> s.append("\n  ").append(CoreMessages.text("flags.signing.flagLine", f.kind().words(),
                f.explanation())));
        return s.toString();
    }
}
