package org.clinicdesk.storage.db;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;

/**
 * Child process of {@link StoreInAnotherProcessTest}: commits patients one by one, announcing each commit on stdout,
 * then waits to be killed without closing the store.
 */
public final class DurabilityChild {
    private DurabilityChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStore store = TestStores.openInitialised(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 1; i <= count; i++) {
            Patient p = TestStores.savedPatient(store, i, "Patient Number", null);
            System.out.println("COMMITTED " + p.id());
            System.out.flush();
        }
        new CountDownLatch(1).await();
    }
}
