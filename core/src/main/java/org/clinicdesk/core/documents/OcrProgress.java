package org.clinicdesk.core.documents;

/** Receives progress while a document is read; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface OcrProgress {
    OcrProgress NONE = (done, total) -> { };

    void pagesDone(int done, int total);
}
