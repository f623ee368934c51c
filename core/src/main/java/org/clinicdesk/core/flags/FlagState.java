package org.clinicdesk.core.flags;

/** Where a flag stands: raised when first found, acknowledged or overridden (with a reason) by a clinician, resolved when its cause is gone. */
public enum FlagState {
    RAISED, ACKNOWLEDGED, OVERRIDDEN, RESOLVED;

    /** A clinician has seen it: it no longer blocks signing. */
    public boolean answered() {
        return this == ACKNOWLEDGED || this == OVERRIDDEN;
    }

    /** "acknowledged", in the language core speaks now (the command line and JSON keep the English name). */
    public String words() {
        return org.clinicdesk.core.common.CoreMessages.text("flag.state." + name());
    }
}
