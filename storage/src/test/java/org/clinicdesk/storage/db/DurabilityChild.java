package org.clinicdesk.storage.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;

/**
 * Child process of {@link StoreInAnotherProcessTest}: commits patients one by one, announcing each commit on stdout
 * (after the first it waits for a line on stdin), then waits to be killed without closing the store.
 */
public final class DurabilityChild {
    private DurabilityChild() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        LocalStore store = TestStores.openInitialised(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (int i = 1; i <= count; i++) {
            Patient p = TestStores.savedPatient(store, i, "Patient Number", null);
            System.out.println("COMMITTED " + p.id());
            System.out.flush();
            if (i == 1) {
                in.readLine(); // the parent says when to go on, so that it can kill at once after the last commit
            }
        }
        new CountDownLatch(1).await();
    }
}
