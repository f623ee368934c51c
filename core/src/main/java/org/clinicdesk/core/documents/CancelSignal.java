package org.clinicdesk.core.documents;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel button's state shared with background work; work checks it between pages. */
public final class CancelSignal {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
