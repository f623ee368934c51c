package org.clinicdesk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.app.ClinicServices;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.audit.ChainVerification;
import org.clinicdesk.core.site.ClinicSettings;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.sync.SyncEngine;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.RecordsAgainstAudit;
import org.clinicdesk.storage.keys.DeskKeyStore;
import org.clinicdesk.storage.keys.OsKeystore;
import org.clinicdesk.storage.keys.StoreKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code doctor}: a readable checklist of what ClinicDesk needs on this computer. It needs no sign-in, so it still
 * helps when nobody can sign in; it reports problems rather than stopping at the first.
 */
@Command(name = "doctor", description = "Check this computer and the store; non-zero exit if a required check fails.")
final class DoctorCommand implements Callable<Integer> {
    private static final long MIN_FREE_BYTES = 200L * 1024 * 1024;
    private static final long LOW_FREE_BYTES = 2L * 1024 * 1024 * 1024;

    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--fix", description = "Make the data folder owner-only (folders 0700, files 0600), e.g. for a "
            + "store made by an older ClinicDesk.")
    private boolean fix;

    @Override
    public Integer call() {
        Path dataDir = root.dataDir();
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(javaVersion());
        DoctorCheck writable = writable(dataDir);
        checks.add(writable);
        if (writable.outcome() == DoctorCheck.Outcome.PASSED) {
            checks.add(freeSpace(dataDir));
            checks.add(OwnerOnlyCheck.run(dataDir, fix));
            checks.addAll(store(dataDir));
            checks.addAll(BackupCheck.run(dataDir, root.env().clock()));
        }
        checks.add(TesseractCheck.run());
        Output out = Output.of(spec);
        checks.forEach(c -> out.line(c.line()));
        boolean healthy = checks.stream().noneMatch(c -> c.outcome() == DoctorCheck.Outcome.FAILED);
        out.line(healthy ? "All required checks passed." : "A required check failed; see [FAIL] above.");
        return healthy ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private static DoctorCheck javaVersion() {
        int feature = Runtime.version().feature();
        String detail = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
        return feature >= 17 ? DoctorCheck.passed("Java version", detail)
                : DoctorCheck.failed("Java version", detail + "; ClinicDesk needs Java 17 or newer");
    }

    private static DoctorCheck writable(Path dataDir) {
        String name = "Data directory";
        if (!Files.isDirectory(dataDir)) {
            return DoctorCheck.failed(name, dataDir + " does not exist; run 'clinicdesk init' (or give --data-dir)");
        }
        try {
            Path probe = Files.createTempFile(dataDir, ".doctor", ".tmp");
            Files.delete(probe);
            return DoctorCheck.passed(name, dataDir + " is writable");
        } catch (IOException e) {
            return DoctorCheck.failed(name, dataDir + " is not writable (" + e.getMessage() + ")");
        }
    }

    private static DoctorCheck freeSpace(Path dataDir) {
        String name = "Free disk space";
        try {
            long free = Files.getFileStore(dataDir).getUsableSpace();
            String amount = free / (1024 * 1024) + " MB free";
            if (free < MIN_FREE_BYTES) {
                return DoctorCheck.failed(name, amount + "; at least " + MIN_FREE_BYTES / (1024 * 1024) + " MB are needed");
            }
            return free < LOW_FREE_BYTES ? new DoctorCheck(name, DoctorCheck.Outcome.WARNING, amount + "; backups will fill it soon")
                    : DoctorCheck.passed(name, amount);
        } catch (IOException e) {
            return DoctorCheck.failed(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Which clinic and desk this is, and how it stands with the central server. */
    private List<DoctorCheck> clinic(LocalStore store, ClinicServices services, SiteSettings site, Path dataDir) {
        List<DoctorCheck> checks = new ArrayList<>();
        ClinicSettings settings = services.settings().current();
        checks.add(DoctorCheck.passed("Clinic", settings.clinicName() + " (id " + site.clinicId() + ")"));
        checks.add(DoctorCheck.passed("Site", site.site() + ", this desk (store " + store.storeId().map(Object::toString)
                .orElse("?") + "; tokens " + settings.tokenPrefix(site.site()) + "-001)"));
        var central = CentralSettings.stored(store);
        long waiting = store.outbox().size();
        if (central.isEmpty()) {
            checks.add(DoctorCheck.info("Central server", "not set up: this desk works alone (" + waiting
                    + " changes recorded for a later sync)"));
            return checks;
        }
        checks.add(DoctorCheck.passed("Central server", central.get().url() + " as " + central.get().user()));
        String last = SyncEngine.lastSuccess(store).map(at -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault()).format(at)).orElse("never");
        checks.add(DoctorCheck.passed("Last successful sync", last));
        checks.add(DoctorCheck.passed("Changes waiting to sync", String.valueOf(waiting)));
        return checks;
    }

    /** The store is always encrypted; where its desk key lives is what a clinic should know. */
    private List<DoctorCheck> encryption(LocalStore store) {
        String keyId = store.unlockedWith().keyId();
        DeskKeyStore deskKeys = store.unlockedWith().deskKeys();
        DoctorCheck deskKey = deskKeys.kind() == DeskKeyStore.Kind.OS_KEYSTORE
                ? DoctorCheck.passed("Desk key", deskKeys.describe(keyId))
                : new DoctorCheck("Desk key", DoctorCheck.Outcome.WARNING, deskKeys.describe(keyId) + "; "
                        + OsKeystore.probe().keystore().map(os -> os.name() + " answers on this computer: move the key "
                                + "there with 'clinicdesk --user ADMIN key move --to os'")
                        .orElse("no operating-system keystore answers for this account"));
        return List.of(DoctorCheck.passed("Store encryption", "AES (H2 CIPHER=AES), documents AES-GCM; the data key is "
                        + "kept wrapped in " + StoreKeys.FILE + " by the desk key and by the recovery key on paper"),
                deskKey);
    }

    private List<DoctorCheck> store(Path dataDir) {
        List<DoctorCheck> checks = new ArrayList<>();
        CliLog.attach(dataDir);
        try (LocalStore store = StoreOpener.open(dataDir, root.env())) {
            checks.add(SchemaCheck.run(store.dataSource()));
            checks.addAll(encryption(store));
            var site = store.siteSettings();
            ClinicServices services = ClinicServices.over(store);
            if (site.isPresent()) {
                checks.addAll(clinic(store, services, site.get(), dataDir));
            } else {
                checks.add(DoctorCheck.failed("Site", "not set; run 'clinicdesk init' (a new clinic) or "
                        + "'clinicdesk init --join URL --site CODE' (a desk of an existing clinic)"));
            }
            List<ChainVerification> chains = services.audit().verifyAll();
            for (ChainVerification v : chains) {
                checks.add(v.intact() ? DoctorCheck.passed("Audit chain of site " + v.site(), "intact (" + v.eventsChecked() + " events)")
                        : DoctorCheck.failed("Audit chain of site " + v.site(), v.reason()));
            }
            RecordsAgainstAudit.Result records = RecordsAgainstAudit.check(store);
            checks.add(records.intact() ? DoctorCheck.passed("Records against the audit trail", "every one of "
                    + records.recordsChecked() + " records matches its events")
                    : DoctorCheck.failed("Records against the audit trail", records.problems().size()
                    + " differ; first: " + records.problems().get(0) + " (see 'clinicdesk audit verify')"));
        } catch (RuntimeException e) {
            // The doctor's job is to report a store that will not open, not to crash on it.
            CliLog.recordFailure(dataDir, e);
            checks.add(DoctorCheck.failed("Store", "does not open: " + e.getMessage()));
        }
        return checks;
    }
}
