package org.clinicdesk.storage.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterSequencesTest {
    @TempDir
    Path dir;

    @Test
    void countersStartAtOneAndAreIndependent() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            var tx = store.context().tx();
            assertThat(tx.inTransaction(() -> store.sequences().next("uhid"))).isEqualTo(1);
            assertThat(tx.inTransaction(() -> store.sequences().next("uhid"))).isEqualTo(2);
            assertThat(tx.inTransaction(() -> store.sequences().next("token:2026-11-21"))).isEqualTo(1);
        }
    }

    @Test
    void concurrentTransactionsNeverGetTheSameNumber() throws Exception {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            ConcurrentLinkedQueue<Long> issued = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        issued.add(store.context().tx().inTransaction(() -> store.sequences().next("uhid")));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(issued).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        }
    }

    @Test
    void numbersSurviveReopeningAndARolledBackNumberIsNotLost() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            store.context().tx().inTransaction(() -> store.sequences().next("uhid"));
            assertThatThrownBy(() -> store.context().tx().run(() -> {
                store.sequences().next("uhid");
                throw new IllegalStateException("registration failed");
            })).hasMessage("registration failed");
        }
        try (LocalStore store = LocalStore.open(dir, java.time.Clock.systemUTC())) {
            assertThat(store.context().tx().inTransaction(() -> store.sequences().next("uhid"))).isEqualTo(2);
        }
    }
}
