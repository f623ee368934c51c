package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.RecoveryKey;
import org.clinicdesk.storage.keys.StoreKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recover}: opens the store with the recovery key printed when it was made (a new computer, another user, or
 * this computer's desk key lost) and gives this computer a new desk key, so the window and every verb open it again.
 * A wrong key changes nothing.
 */
@Command(name = "recover", description = {"Open the store with its recovery key (printed once by init) and give this "
        + "computer a new desk key: after a move to a new computer or when the desk key is lost.",
        "The key comes from --recovery-key, else CLINICDESK_RECOVERY_KEY, else a prompt."})
final class RecoverCommand implements Callable<Integer> {
    static final String RECOVERY_KEY = "CLINICDESK_RECOVERY_KEY";

    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--recovery-key", paramLabel = "KEY", description = "The recovery key, e.g. ABCD-EFGH-... (13 groups).")
    private String typed;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        Path dataDir = root.dataDir();
        if (!StoreKeys.present(dataDir)) {
            throw new RuleViolationException("There is no encrypted store in " + dataDir + " (no " + StoreKeys.FILE
                    + "); give --data-dir with the store's folder, copied whole from the old computer or backup");
        }
        RecoveryKey key = RecoveryKey.parse(typedKey());
        String site;
        String deskKey;
        try (LocalStore store = StoreOpener.open(dataDir, root.env().clock(),
                root.env().storeAccess().withRecoveryKey(key).refusingPlainStores())) {
            site = store.siteSettings().map(s -> "site " + s.site() + " of " + s.clinicName()).orElse("no site yet");
            deskKey = store.unlockedWith().deskKeys().where(store.unlockedWith().keyId());
        }
        CliLog.attach(dataDir);
        Output output = Output.of(spec);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("dataDir", dataDir.toString());
            doc.put("store", site);
            doc.put("deskKey", deskKey);
            output.json(doc);
        } else {
            output.line("The recovery key opened the store in " + dataDir + " (" + site + "). This computer's new desk "
                    + "key is " + deskKey + "; the window and every command open the store with it from now on. "
                    + "Keep the recovery key on paper: it still opens the store.");
        }
        return ExitCode.OK;
    }

    private String typedKey() {
        if (typed != null) {
            return typed;
        }
        return root.env().variable(RECOVERY_KEY)
                .or(() -> root.env().askSecret("Recovery key: ").map(String::new))
                .orElseThrow(() -> new ValidationException("recovery-key", "is missing: give --recovery-key KEY, or set "
                        + RECOVERY_KEY));
    }
}
