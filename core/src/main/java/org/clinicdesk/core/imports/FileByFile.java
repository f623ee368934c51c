package org.clinicdesk.core.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clinicdesk.core.transaction.UnitOfWork;

/**
 * How every import walks its files: one after another, each importing in its own transaction; a dry run does the
 * same inside one transaction (so later files see what earlier ones would have stored) that is always rolled back.
 * When a person cancels, the file being imported is rolled back and the files after it are reported as cancelled.
 */
public final class FileByFile {
    private FileByFile() {
    }

    /**
     * {@code importOne} imports one file in its transaction and returns its outcome (a refused file included); it lets
     * {@link ImportCancelled} through.
     */
    public static List<ImportReport.FileOutcome> run(UnitOfWork tx, boolean dryRun, List<Path> files,
                                                     ImportProgress progress,
                                                     Function<Path, ImportReport.FileOutcome> importOne) {
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        if (!dryRun) {
            each(files, progress, importOne, outcomes, true);
            return outcomes;
        }
        try {
            tx.run(() -> {
                each(files, progress, importOne, outcomes, false);
                throw new DryRunFinished();
            });
        } catch (DryRunFinished finished) {
            // rolled back, as a dry run must be
        }
        return outcomes;
    }

    private static void each(List<Path> files, ImportProgress progress,
                             Function<Path, ImportReport.FileOutcome> importOne, List<ImportReport.FileOutcome> outcomes,
                             boolean committing) {
        boolean cancelled = false;
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).toString();
            if (cancelled || progress.cancelRequested()) {
                cancelled = true;
                outcomes.add(ImportReport.FileOutcome.cancelled(name));
                continue;
            }
            progress.fileStarted(i, files.size(), name);
            try {
                ImportReport.FileOutcome outcome = importOne.apply(files.get(i));
                outcomes.add(outcome);
                if (committing) {
                    progress.fileDone(i, files.size(), outcome);
                }
            } catch (ImportCancelled e) {
                cancelled = true;
                outcomes.add(ImportReport.FileOutcome.cancelled(name));
            }
        }
    }

    /** Ends a dry run: thrown out of its transaction so that everything it wrote is rolled back. */
    private static final class DryRunFinished extends RuntimeException {
        DryRunFinished() {
            super(null, null, false, false);
        }
    }
}
