package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.keys.DeskKeyStore;
import org.clinicdesk.storage.keys.StoreKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code key move --to os|file}: where this computer keeps the desk key of the store. */
@Command(name = "key", description = "This computer's desk key (it unwraps the store's data key).",
        subcommands = {KeyCommands.Move.class})
final class KeyCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /**
     * Moves the desk key between the operating system's keystore and the key file, never leaving the store without
     * a working key: the new key is written and must open the store before the old one is removed. Administrators
     * only, audited.
     */
    @Command(name = "move", description = {"Move the desk key to the operating system's keystore (os) or to a key file "
            + "outside the data folder (file). The new key must open the store before the old one is removed.",
            "Needs an administrator (--user, CLINICDESK_PASSWORD)."})
    static final class Move implements Callable<Integer> {
        @ParentCommand
        private KeyCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "os|file",
                description = "os: Windows Credential Manager, macOS Keychain or the Secret Service; file: a key file.")
        private String to;

        @Option(names = "--json", description = "Print one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            DeskKeyStore.Kind target = target(to);
            ClinicDeskCommand root = group.root;
            Path dataDir = root.dataDir();
            StoreKeys.DeskKeyMove[] moved = new StoreKeys.DeskKeyMove[1];
            try (Session session = Session.signIn(root)) {
                String keyId = session.services().store().unlockedWith().keyId();
                session.services().audit().moveDeskKey(session.actor(), keyId, () -> {
                    moved[0] = StoreKeys.moveDeskKey(dataDir, root.env().storeAccess().refusingPlainStores(), target);
                    return "desk key moved from " + moved[0].from().where(keyId) + " to " + moved[0].to().where(keyId);
                });
            }
            moved[0].removeOld();
            print(moved[0]);
            return ExitCode.OK;
        }

        private static DeskKeyStore.Kind target(String typed) {
            for (DeskKeyStore.Kind kind : DeskKeyStore.Kind.values()) {
                if (kind.setting().equals(typed.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new ValidationException("to", "is '" + typed + "'; use os (the operating system's keystore) or file");
        }

        private void print(StoreKeys.DeskKeyMove move) {
            Output output = Output.of(spec);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("keyId", move.keyId());
                doc.put("from", move.from().kind().setting());
                doc.put("to", move.to().kind().setting());
                doc.put("deskKey", move.to().where(move.keyId()));
                output.json(doc);
            } else {
                output.line("The desk key is now in " + move.to().where(move.keyId()) + "; it opened the store, and the "
                        + "old key in " + move.from().where(move.keyId()) + " was removed.");
            }
        }
    }
}
