package org.clinicdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.StoreOpener;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.storage.db.StoreInUseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's store opened while JavaFX starts: the window takes that store (opened once, not twice), or the error
 * opening it raised; a new folder and the demo are left to the window; a store the window never took is closed.
 */
class EarlyStoreTest {
    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftOpen() {
        EarlyStore.closeUntaken();
    }

    @Test
    void theWindowTakesTheStoreOpenedAtStartInsteadOfOpeningItAgain() {
        Path data = existingStore();
        AtomicInteger opens = new AtomicInteger();
        StoreOpener counting = d -> {
            opens.incrementAndGet();
            return LocalWorkstore.opener(Clock.systemUTC()).open(d);
        };
        EarlyStore.start(List.of("--data-dir", data.toString()), Map.of(), counting);
        try (Workstore taken = EarlyStore.or(counting).open(data)) {
            assertThat(taken.siteSettings()).isPresent();
            assertThat(opens).hasValue(1);
        }
        // taken once: a later open (the window started again in this process) opens anew
        try (Workstore again = EarlyStore.or(counting).open(data)) {
            assertThat(again.siteSettings()).isPresent();
            assertThat(opens).hasValue(2);
        }
    }

    @Test
    void anErrorOpeningEarlyIsTheWindowsToShow() {
        Path data = existingStore();
        try (Workstore holding = LocalWorkstore.opener(Clock.systemUTC()).open(data)) {
            EarlyStore.start(List.of("--data-dir", data.toString()), Map.of(), LocalWorkstore.opener(Clock.systemUTC()));
            assertThatThrownBy(() -> EarlyStore.or(d -> {
                throw new AssertionError("opened a second time");
            }).open(data)).isInstanceOf(StoreInUseException.class);
        }
    }

    @Test
    void aNewFolderAndTheDemoAreNotOpenedEarly() {
        AtomicInteger opens = new AtomicInteger();
        StoreOpener counting = d -> {
            opens.incrementAndGet();
            throw new IllegalStateException("not opened in this test");
        };
        Path empty = dir.resolve("new");
        EarlyStore.start(List.of("--data-dir", empty.toString()), Map.of(), counting);
        EarlyStore.start(List.of("--demo", "--data-dir", existingStore().toString()), Map.of(), counting);
        EarlyStore.start(List.of("--no-such-option"), Map.of(), counting);
        EarlyStore.closeUntaken();
        assertThat(opens).hasValue(0);
        assertThat(empty).doesNotExist();
    }

    @Test
    void aStoreTheWindowNeverTookIsClosed() throws InterruptedException {
        Path data = existingStore();
        CountDownLatch opened = new CountDownLatch(1);
        EarlyStore.start(List.of("--data-dir", data.toString()), Map.of(), d -> {
            Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(d);
            opened.countDown();
            return store;
        });
        assertThat(opened.await(60, TimeUnit.SECONDS)).as("opened early").isTrue();
        EarlyStore.closeUntaken();
        // closed: this process may open it again (a second open of a store still open here is refused)
        try (Workstore reopened = LocalWorkstore.opener(Clock.systemUTC()).open(data)) {
            assertThat(reopened.siteSettings()).isPresent();
        }
    }

    private Path existingStore() {
        Path data = dir.resolve("store");
        if (!Files.exists(StoreDatabase.file(data))) {
            TestStores.openWithUsers(data).close();
        }
        return data;
    }
}
