package org.clinicdesk.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.api.Test;

class SyncMergePropertiesTest {
    private static final UUID ID = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final List<String> FIELDS = List.of("given_name", "family_name", "phone", "address", "allergies");
    private static final String[] SITES = {"A", "B", "C"};

    private static HlcTimestamp hlc(long wall, int counter, String site) {
        return new HlcTimestamp(wall, counter, site);
    }

    private static SyncRow row(String table, HlcTimestamp version, boolean deleted, Map<String, Object> values,
                               Map<String, HlcTimestamp> fieldVersions) {
        return new SyncRow(table, ID, "A", version, deleted, values, fieldVersions);
    }

    /** Applies changes in the given order, as the central server would on arrival. */
    private static SyncRow applyAll(ConflictRule rule, List<SyncRow> changes) {
        Optional<SyncRow> stored = Optional.empty();
        for (SyncRow change : changes) {
            MergeOutcome outcome = SyncMerge.merge(rule, stored, change);
            if (outcome instanceof MergeOutcome.Merged merged) {
                stored = Optional.of(merged.row());
            }
        }
        return stored.orElseThrow();
    }

    private static List<SyncRow> patientEdits(Random random) {
        Map<String, Object> base = new HashMap<>();
        FIELDS.forEach(f -> base.put(f, f + "-0"));
        List<SyncRow> changes = new ArrayList<>();
        changes.add(row("patient", hlc(1000, 0, "A"), false, base, Map.of()));
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            HlcTimestamp version = hlc(1001 + random.nextInt(20), i, SITES[random.nextInt(3)]);
            Map<String, Object> values = new HashMap<>(base);
            Map<String, HlcTimestamp> claims = new HashMap<>();
            for (String field : FIELDS) {
                if (random.nextInt(3) == 0) {
                    values.put(field, random.nextInt(5) == 0 ? null : field + "-" + version);
                    claims.put(field, version);
                }
            }
            if (claims.isEmpty()) {
                claims.put("phone", version);
                values.put("phone", "p-" + version);
            }
            changes.add(row("patient", version, random.nextInt(12) == 0, values, claims));
        }
        return changes;
    }

    @SeededProperty(tries = 300)
    void patientFieldMergeIgnoresArrivalOrderAndReplays(Gen gen) {
        Random random = gen.random();
        List<SyncRow> changes = patientEdits(random);
        SyncRow inOrder = applyAll(ConflictRule.FIELD_MERGE, changes);
        List<SyncRow> shuffled = new ArrayList<>(changes);
        Collections.shuffle(shuffled, random);
        shuffled.addAll(changes.subList(0, random.nextInt(changes.size())));
        SyncRow otherOrder = applyAll(ConflictRule.FIELD_MERGE, shuffled);
        assertThat(otherOrder.values()).isEqualTo(inOrder.values());
        assertThat(otherOrder.deleted()).isEqualTo(inOrder.deleted());
        assertThat(otherOrder.version()).isEqualTo(inOrder.version());
    }

    @SeededProperty(tries = 300)
    void everyFieldHoldsItsLatestWritersValue(Gen gen) {
        List<SyncRow> changes = patientEdits(gen.random());
        SyncRow merged = applyAll(ConflictRule.FIELD_MERGE, changes);
        for (String field : FIELDS) {
            SyncRow latest = changes.stream()
                    .filter(c -> c.fieldVersions().isEmpty() || c.fieldVersions().containsKey(field))
                    .max((a, b) -> a.fieldVersion(field).compareTo(b.fieldVersion(field))).orElseThrow();
            assertThat(merged.values().get(field)).as(field).isEqualTo(latest.values().get(field));
        }
    }

    @Test
    void concurrentEditsToDifferentFieldsBothSurvive() {
        SyncRow base = row("patient", hlc(1000, 0, "A"), false, Map.of("phone", "111", "address", "Old road"), Map.of());
        SyncRow phoneAtB = row("patient", hlc(2000, 0, "B"), false, Map.of("phone", "222", "address", "Old road"),
                Map.of("phone", hlc(2000, 0, "B")));
        SyncRow addressAtC = row("patient", hlc(1500, 0, "C"), false, Map.of("phone", "111", "address", "New road"),
                Map.of("address", hlc(1500, 0, "C")));
        SyncRow merged = applyAll(ConflictRule.FIELD_MERGE, List.of(base, phoneAtB, addressAtC));
        assertThat(merged.values()).containsEntry("phone", "222").containsEntry("address", "New road");
    }

    private static SyncRow queueRow(Random random) {
        QueueStatus status = QueueStatus.values()[random.nextInt(QueueStatus.values().length)];
        return row("queue_entry", hlc(1000 + random.nextInt(50), 0, SITES[random.nextInt(3)]), false,
                Map.of("status", status.name(), "requeue_round", random.nextInt(3)), Map.of());
    }

    @SeededProperty(tries = 300)
    void queueEntryNeverMovesBackwardsThroughSync(Gen gen) {
        Random random = gen.random();
        Optional<SyncRow> stored = Optional.empty();
        for (int i = 0; i < 10; i++) {
            SyncRow incoming = queueRow(random);
            MergeOutcome outcome = SyncMerge.merge(ConflictRule.QUEUE_FORWARD, stored, incoming);
            SyncRow result = outcome instanceof MergeOutcome.Merged merged ? merged.row() : stored.orElseThrow();
            assertThat(SyncMerge.compareQueue(result, incoming)).isGreaterThanOrEqualTo(0);
            stored.ifPresent(before -> assertThat(SyncMerge.compareQueue(result, before)).isGreaterThanOrEqualTo(0));
            stored = Optional.of(result);
        }
    }

    @Test
    void laterRoundBeatsFurtherStageOfEarlierRound() {
        SyncRow completed = row("queue_entry", hlc(3000, 0, "A"), false,
                Map.of("status", "COMPLETED", "requeue_round", 0), Map.of());
        SyncRow requeued = row("queue_entry", hlc(2000, 0, "B"), false,
                Map.of("status", "WAITING", "requeue_round", 1), Map.of());
        assertThat(applyAll(ConflictRule.QUEUE_FORWARD, List.of(requeued, completed)).values())
                .containsEntry("status", "WAITING");
    }

    @Test
    void signedNoteWinsOverALaterDraftInEitherOrder() {
        SyncRow signed = row("soap_note", hlc(1000, 0, "A"), false, Map.of("status", "SIGNED", "plan", "rest"), Map.of());
        SyncRow draft = row("soap_note", hlc(5000, 0, "B"), false, Map.of("status", "DRAFT", "plan", "walk"), Map.of());
        assertThat(applyAll(ConflictRule.SIGNED_NOTE, List.of(signed, draft))).isEqualTo(signed);
        assertThat(applyAll(ConflictRule.SIGNED_NOTE, List.of(draft, signed)).values()).isEqualTo(signed.values());
    }

    @Test
    void secondDifferentSignatureIsAConflictAndTheFirstStays() {
        SyncRow first = row("soap_note", hlc(1000, 0, "A"), false, Map.of("status", "SIGNED", "plan", "rest"), Map.of());
        SyncRow second = row("soap_note", hlc(900, 0, "B"), false, Map.of("status", "SIGNED", "plan", "walk"), Map.of());
        assertThat(SyncMerge.merge(ConflictRule.SIGNED_NOTE, Optional.of(first), second))
                .isInstanceOf(MergeOutcome.Conflict.class);
        assertThat(SyncMerge.merge(ConflictRule.SIGNED_NOTE, Optional.of(first), first))
                .isInstanceOf(MergeOutcome.Unchanged.class);
    }

    @SeededProperty(tries = 300)
    void lastWriterWinsWholeRowsInAnyOrderAndTombstonesStick(Gen gen) {
        Random random = gen.random();
        List<SyncRow> changes = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            // hybrid clock readings are unique: the counter keeps two changes from sharing a version
            HlcTimestamp version = hlc(1000 + random.nextInt(30), i, SITES[random.nextInt(3)]);
            changes.add(row("vitals", version, random.nextInt(6) == 0, Map.of("heart_rate", random.nextInt(200)), Map.of()));
        }
        List<SyncRow> shuffled = new ArrayList<>(changes);
        Collections.shuffle(shuffled, random);
        SyncRow a = applyAll(ConflictRule.LAST_WRITER, changes);
        SyncRow b = applyAll(ConflictRule.LAST_WRITER, shuffled);
        SyncRow newest = changes.stream().max((x, y) -> x.version().compareTo(y.version())).orElseThrow();
        assertThat(b.values()).isEqualTo(a.values()).isEqualTo(newest.values());
        assertThat(b.deleted()).isEqualTo(a.deleted()).isEqualTo(changes.stream().anyMatch(SyncRow::deleted));
    }

    @Test
    void replayOfTheStoredRowChangesNothing() {
        SyncRow stored = row("vitals", hlc(1000, 0, "A"), false, Map.of("heart_rate", 80), Map.of());
        assertThat(SyncMerge.merge(ConflictRule.LAST_WRITER, Optional.of(stored), stored))
                .isInstanceOf(MergeOutcome.Unchanged.class);
        assertThat(SyncMerge.merge(ConflictRule.SIGNED_NOTE, Optional.of(stored), stored))
                .isInstanceOf(MergeOutcome.Unchanged.class);
    }

    @Test
    void clockAnHourAheadIsRefusedWithTheReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyncProtocol.checkClock(3_600_000L + 5, 5))
                .isInstanceOf(SyncRefusedException.class).hasMessageContaining("60 min ahead");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyncProtocol.checkCompatible(1, 99))
                .isInstanceOf(SyncRefusedException.class).hasMessageContaining("schema version 99");
    }
}
