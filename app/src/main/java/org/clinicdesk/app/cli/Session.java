package org.clinicdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.PasswordChangeRequiredException;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.SignInFailedException;
import org.clinicdesk.storage.LocalStore;

/**
 * One command's time with the store: the store opened in the data directory, the use cases over it and the user
 * signed in through {@code UserService.signIn}, so permissions and lock-out apply exactly as at the desk.
 */
final class Session implements AutoCloseable {
    private final LocalStore store;
    private final ClinicServices services;
    private final SiteSettings site;
    private final Actor actor;

    private Session(LocalStore store, ClinicServices services, SiteSettings site, Actor actor) {
        this.store = store;
        this.services = services;
        this.site = site;
        this.actor = actor;
    }

    static Session signIn(ClinicDeskCommand root) {
        String user = root.user();
        PasswordHasher.loadInBackground(); // while the store opens
        LocalStore store = openInitialised(root);
        try {
            SiteSettings site = store.siteSettings().orElseThrow();
            ClinicServices services = ClinicServices.over(store);
            Optional<String> emergency = root.beforeCatchUp().filter(r -> services.users().waitingForCatchUp());
            Actor actor = emergency.isPresent()
                    ? services.users().signInBeforeCatchUp(user, Passwords.acting(root.env(), user), site.site(),
                            emergency.get())
                    : services.users().signIn(user, Passwords.acting(root.env(), user), site.site());
            return new Session(store, services, site, actor);
        } catch (PasswordChangeRequiredException e) {
            store.close();
            throw new SignInFailedException(e.getMessage() + " Run 'clinicdesk --user " + user + " user passwd' with "
                    + "the current password in CLINICDESK_PASSWORD and the new one in CLINICDESK_NEW_PASSWORD.");
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens the store of an initialised data directory; refuses (and creates nothing) when there is none. */
    static LocalStore openInitialised(ClinicDeskCommand root) {
        Path dataDir = root.dataDir();
        if (!Files.isDirectory(dataDir)) {
            throw notInitialised(dataDir);
        }
        CliLog.attach(dataDir);
        LocalStore store = EarlyStore.take(dataDir).orElseGet(() -> StoreOpener.open(dataDir, root.env()));
        if (store.siteSettings().isEmpty()) {
            store.close();
            throw notInitialised(dataDir);
        }
        return store;
    }

    private static RuleViolationException notInitialised(Path dataDir) {
        return new RuleViolationException("There is no initialised ClinicDesk store in " + dataDir
                + ". Run 'clinicdesk init --site CODE --clinic NAME --admin NAME' first (or give --data-dir).");
    }

    Actor actor() {
        return actor;
    }

    ClinicServices services() {
        return services;
    }

    SiteSettings site() {
        return site;
    }

    LocalDate today() {
        return store.context().today();
    }

    /** Runs a verb's work as one transaction: if any step is refused, nothing of it stays in the store. */
    <T> T inTransaction(Supplier<T> work) {
        return store.context().tx().inTransaction(work);
    }

    @Override
    public void close() {
        store.close();
    }
}
