package org.clinicdesk.core.imports;

/**
 * What an import tells the person who started it, and how they stop it. Called on the importing thread; the
 * window hands the calls to its own thread. {@link #cancelRequested} is asked between records: when it says yes,
 * the file being imported is rolled back and the files after it are not read.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** File {@code index} (from 0) of {@code total} is starting. */
    default void fileStarted(int index, int total, String file) {
    }

    /** {@code done} of the {@code total} records of the current file are through. */
    default void recordsDone(int done, int total) {
    }

    /**
     * File {@code index} (from 0) of {@code total} is through: imported and committed, or refused whole. Not called in
     * a dry run, where nothing commits.
     */
    default void fileDone(int index, int total, ImportReport.FileOutcome outcome) {
    }

    default boolean cancelRequested() {
        return false;
    }

    /** Throws {@link ImportCancelled} when a person asked to stop; called inside the file's transaction. */
    default void checkCancelled() {
        if (cancelRequested()) {
            throw new ImportCancelled();
        }
    }
}
