package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.backup.StoreRestore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: into a new data folder (no sign-in: the backup opens only with this computer's desk key or
 * the recovery key anyway), or in place of the current store by an administrator, after a safety backup. The backup
 * is checked before anything is replaced.
 */
@Command(name = "restore", description = {"Restore a backup: --to NEW_DATA_DIR (a store that opens with the same desk "
        + "key or recovery key), or --in-place (an administrator; a verified safety backup of the current store is "
        + "taken first, and kept).", "The backup is restored into a working folder and checked (opens, audit chain, "
        + "documents, rows) before anything is replaced."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file (clinicdesk-backup-....zip).")
    private Path backup;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Where where;

    static final class Where {
        @Option(names = "--to", paramLabel = "NEW_DATA_DIR", description = "A new (or empty) data folder.")
        private Path to;

        @Option(names = "--in-place", description = "Replace the store in --data-dir, after a safety backup.")
        private boolean inPlace;
    }

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        Path file = backup.toAbsolutePath();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("backup", file.toString());
        String message;
        if (where.to != null) {
            Path target = where.to.toAbsolutePath();
            StoreRestore.Checked checked = StoreRestore.toNewFolder(file, target, root.env().keyFolder(),
                    root.env().clock());
            doc.put("dataDir", target.toString());
            doc.put("documents", checked.documents());
            message = "Restored " + file.getFileName() + " into " + target + " (" + checked.documents() + " documents); "
                    + "it opens with this computer's desk key or the clinic's recovery key: clinicdesk --data-dir "
                    + target + " ...";
        } else {
            Path dataDir = root.dataDir();
            Session session = root.signIn();
            StoreBackups.Taken safety;
            StoreRestore.Checked checked;
            try {
                session.actor().require(Permission.ADMINISTER_STORE);
                checked = StoreRestore.prepareInPlace(file, dataDir, root.env().keyFolder(), root.env().clock());
                try {
                    safety = new StoreBackups(session.services().store(), root.env().keyFolder(), root.env().clock())
                            .take(BackupManifest.Kind.SAFETY, Optional.empty());
                } catch (RuntimeException e) {
                    StoreRestore.discard(checked);
                    throw e;
                }
                if (!safety.manifest().verified()) {
                    StoreRestore.discard(checked);
                    throw new RuleViolationException("The safety backup " + safety.file() + " of the current store "
                            + "failed its verification (" + safety.manifest().verification() + "), so the store was "
                            + "not replaced; restore into a new folder with --to instead");
                }
            } finally {
                session.close();
            }
            checked.replace(dataDir);
            doc.put("dataDir", dataDir.toString());
            doc.put("safetyBackup", safety.file().toString());
            doc.put("documents", checked.documents());
            message = "Restored " + file.getFileName() + " in place in " + dataDir + " (" + checked.documents()
                    + " documents). The store as it was is kept in the safety backup " + safety.file() + ".";
        }
        Output out = Output.of(spec);
        if (json) {
            out.json(doc);
        } else {
            out.line(message);
        }
        return ExitCode.OK;
    }
}
