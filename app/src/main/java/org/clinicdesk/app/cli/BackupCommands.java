package org.clinicdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.storage.backup.BackupFolder;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.BackupSettings;
import org.clinicdesk.storage.backup.StoreBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backup now} (an administrator) and {@code backup list}: online, encrypted backups of the store and its
 * documents, each verified by restoring it, rotated 7 daily / 4 weekly / 3 monthly.
 */
@Command(name = "backup", description = "Backups of the store and documents (encrypted; useless without the desk key "
        + "or the recovery key).", subcommands = {BackupCommands.Now.class, BackupCommands.ListBackups.class})
final class BackupCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    @Command(name = "now", description = {"Back up now into <data-dir>/backups (and the second folder), verify the "
            + "backup by restoring it into a temporary folder, then apply the rotation.",
            "Exit 7 when the verification failed (the backup is kept and listed with the reason) or the copy into the "
                    + "second folder could not be made; exit 2 when the --to folder is not there."})
    static final class Now implements Callable<Integer> {
        @ParentCommand
        private BackupCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--to", paramLabel = "DIR", description = "Also copy the backup into DIR (a USB disk or a "
                + "network share); with --save, every later backup of this computer goes there too.")
        private Path to;

        @Option(names = "--save", description = "Remember --to as this computer's second backup folder (in "
                + BackupSettings.FILE + " in the data folder; never synced).")
        private boolean save;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            Path dataDir = group.root.dataDir();
            if (save && to == null) {
                throw new org.clinicdesk.core.common.ValidationException("save", "needs --to DIR: the folder to remember");
            }
            if (to != null) {
                requireWritableFolder(to);
            }
            StoreBackups.Taken taken;
            try (Session session = group.root.signIn()) {
                session.actor().require(Permission.ADMINISTER_STORE);
                if (save) {
                    new BackupSettings(Optional.of(to.toAbsolutePath())).save(dataDir);
                }
                Optional<Path> second = Optional.ofNullable(to).map(Path::toAbsolutePath)
                        .or(() -> BackupSettings.of(dataDir).secondFolder());
                taken = new StoreBackups(session.services().store(), group.root.env().keyFolder(),
                        group.root.env().clock()).take(BackupManifest.Kind.SCHEDULED, second);
            }
            print(Output.of(spec), taken);
            return taken.manifest().verified() && taken.secondFolderProblem().isEmpty() ? ExitCode.OK
                    : ExitCode.CHECK_FAILED;
        }

        /**
         * The folder given with --to must be there before anything is done: a USB disk that is not plugged in leaves
         * its mount point as an empty folder of the local disk at best, and nothing must be remembered or half-copied.
         */
        private static void requireWritableFolder(Path dir) {
            if (!Files.exists(dir)) {
                throw new org.clinicdesk.core.common.ValidationException("to", dir + " does not exist (is the USB disk "
                        + "or the network share connected?); nothing was backed up or saved");
            }
            if (!Files.isDirectory(dir)) {
                throw new org.clinicdesk.core.common.ValidationException("to", dir + " is a file, not a folder; nothing "
                        + "was backed up or saved");
            }
            if (!Files.isWritable(dir)) {
                throw new org.clinicdesk.core.common.ValidationException("to", dir + " cannot be written by this user; "
                        + "nothing was backed up or saved");
            }
        }

        private void print(Output out, StoreBackups.Taken taken) {
            BackupManifest m = taken.manifest();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", taken.file().toString());
                doc.put("manifest", m);
                doc.put("rotatedAway", taken.rotatedAway().stream().map(Path::toString).toList());
                doc.put("secondCopy", taken.secondCopy().map(Path::toString).orElse(null));
                doc.put("secondFolderProblem", taken.secondFolderProblem().orElse(null));
                out.json(doc);
                return;
            }
            out.line(m.verified() ? "Backup " + taken.file() + " written (" + m.sizeBytes() + " bytes) and verified: "
                    + m.verification() : "Backup " + taken.file() + " written but its verification FAILED: "
                    + m.verification());
            taken.secondCopy().ifPresent(copy -> out.line("Copied to " + copy));
            taken.secondFolderProblem().ifPresent(p -> out.line("Second folder: " + p));
            if (!taken.rotatedAway().isEmpty()) {
                out.line("Rotation (7 daily, 4 weekly, 3 monthly) removed " + taken.rotatedAway().size() + " older backups");
            }
            out.line(m.note());
        }
    }

    /** One row of {@code backup list --json}. */
    record Listed(String file, String folder, String takenAt, String kind, long sizeBytes, boolean verified,
                  String verification) {
        static Listed of(BackupFolder.Status s, String folder) {
            return new Listed(s.file().getFileName().toString(), folder, s.takenAt().toString(), s.kind().name(),
                    s.sizeBytes(), s.verified(), s.verification());
        }
    }

    @Command(name = "list", description = {"List the backups, newest first, each with its verification (and whether "
            + "the file is unchanged since: its SHA-256 is checked now).", "Needs no sign-in; exit 7 when one failed."})
    static final class ListBackups implements Callable<Integer> {
        @ParentCommand
        private BackupCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON array.")
        private boolean json;

        @Override
        public Integer call() {
            Path dataDir = group.root.dataDir();
            List<Listed> all = new ArrayList<>();
            BackupFolder.of(dataDir).list().forEach(s -> all.add(Listed.of(s, "data folder")));
            BackupSettings.of(dataDir).secondFolder().ifPresent(second ->
                    BackupFolder.at(second).list().forEach(s -> all.add(Listed.of(s, second.toString()))));
            Output out = Output.of(spec);
            if (json) {
                out.json(all);
            } else if (all.isEmpty()) {
                out.line("No backups in " + BackupFolder.of(dataDir).dir() + " yet; run 'clinicdesk backup now'.");
            } else {
                for (Listed l : all) {
                    out.line(l.takenAt() + "  " + l.file() + "  " + l.sizeBytes() + " bytes  "
                            + (l.verified() ? "verified" : "NOT VERIFIED: " + l.verification())
                            + (l.kind().equals("SAFETY") ? "  (safety backup before a restore)" : "")
                            + (l.folder().equals("data folder") ? "" : "  in " + l.folder()));
                }
            }
            return all.stream().allMatch(Listed::verified) ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }
}
