package org.clinicdesk.storage.backup;

import java.util.concurrent.CancellationException;

/**
 * Where a restore says how far it is (a fraction from 0 to 1) and learns whether the person cancelled it. A
 * cancelled restore stops at its next step with a {@link CancellationException} and leaves nothing behind.
 */
public interface RestoreProgress {
    /** No one watching; never cancelled (the command line). */
    RestoreProgress NONE = new RestoreProgress() {
        @Override
        public void reached(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void reached(double fraction);

    boolean cancelled();

    /** Throws {@link CancellationException} when cancelled. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("The restore was cancelled; nothing was changed.");
        }
    }
}
