package org.clinicdesk.core.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.common.HlcTimestamp;

/**
 * The conflict rules of sync, as pure functions: the reference model of what the central server's {@code cd_push}
 * applies in SQL (the desk no longer merges; {@code MergeAgreementTest} runs the same cases through both). Each rule is a join: merging is commutative, associative and
 * idempotent, so a batch replayed, cut off and resent, or delivered in another order converges on the same row.
 * Tombstones are sticky (a delete is never undone by a concurrent edit) because undeleting is not something a
 * clinic does through an edit. The one exception to order independence, two different signatures of the same
 * note, keeps the first and is reported as a conflict for a person.
 */
public final class SyncMerge {
    private static final String STATUS = "status";
    private static final String ROUND = "requeue_round";
    private static final String SIGNED = "SIGNED";

    private SyncMerge() {
    }

    /** Merges {@code incoming} into what is stored (if anything). */
    public static MergeOutcome merge(ConflictRule rule, Optional<SyncRow> stored, SyncRow incoming) {
        if (stored.isEmpty()) {
            return new MergeOutcome.Merged(rule == ConflictRule.FIELD_MERGE ? completeFieldVersions(incoming) : incoming);
        }
        SyncRow current = stored.get();
        MergeOutcome outcome = switch (rule) {
            case FIELD_MERGE -> fieldMerge(current, incoming);
            case SIGNED_NOTE -> signedNote(current, incoming);
            case QUEUE_FORWARD -> wholeRow(current, incoming, compareQueue(incoming, current));
            case LAST_WRITER -> wholeRow(current, incoming, incoming.version().compareTo(current.version()));
            case APPEND_ONLY -> new MergeOutcome.Unchanged();
        };
        if (outcome instanceof MergeOutcome.Merged merged && merged.row().sameContentAs(current)
                && merged.row().fieldVersions().equals(current.fieldVersions())) {
            return new MergeOutcome.Unchanged();
        }
        return outcome;
    }

    /** Positive when {@code a} is further along than {@code b}: requeue round, then stage, then version. */
    public static int compareQueue(SyncRow a, SyncRow b) {
        int byRound = Integer.compare(round(a), round(b));
        if (byRound != 0) {
            return byRound;
        }
        int byStage = Integer.compare(stage(a), stage(b));
        if (byStage != 0) {
            return byStage;
        }
        return a.version().compareTo(b.version());
    }

    private static MergeOutcome wholeRow(SyncRow current, SyncRow incoming, int incomingWins) {
        boolean deleted = current.deleted() || incoming.deleted();
        SyncRow winner = incomingWins > 0 ? incoming : current;
        return new MergeOutcome.Merged(winner.withState(winner.version(), deleted, winner.values(), Map.of()));
    }

    private static MergeOutcome fieldMerge(SyncRow current, SyncRow incoming) {
        SyncRow complete = completeFieldVersions(current);
        Map<String, Object> values = new HashMap<>(complete.values());
        Map<String, HlcTimestamp> versions = new HashMap<>(complete.fieldVersions());
        Map<String, HlcTimestamp> claims = claimsOf(incoming);
        for (Map.Entry<String, HlcTimestamp> claim : claims.entrySet()) {
            String column = claim.getKey();
            if (!incoming.values().containsKey(column)) {
                continue; // a claim on the envelope only (a delete): no column value travels with it
            }
            HlcTimestamp ours = versions.get(column);
            if (ours == null || claim.getValue().compareTo(ours) > 0) {
                versions.put(column, claim.getValue());
                values.put(column, incoming.values().get(column));
            }
        }
        HlcTimestamp version = max(current.version(), incoming.version());
        return new MergeOutcome.Merged(current.withState(version, current.deleted() || incoming.deleted(), values,
                versions));
    }

    private static MergeOutcome signedNote(SyncRow current, SyncRow incoming) {
        boolean currentSigned = SIGNED.equals(current.values().get(STATUS));
        boolean incomingSigned = SIGNED.equals(incoming.values().get(STATUS));
        if (currentSigned) {
            if (incomingSigned && !Objects.equals(incoming.values(), current.values())) {
                return new MergeOutcome.Conflict("note " + current.id() + " was signed twice with different content "
                        + "(versions " + current.version() + " and " + incoming.version() + "); the first signature stays");
            }
            return new MergeOutcome.Unchanged();
        }
        if (incomingSigned) {
            return new MergeOutcome.Merged(incoming.withState(incoming.version(), false, incoming.values(), Map.of()));
        }
        return wholeRow(current, incoming, incoming.version().compareTo(current.version()));
    }

    /**
     * Every column with the version it was written at: a whole row claims all its columns at its version. A partial
     * change keeps its partial map; columns it does not list count as never written, so any claim beats them.
     */
    private static SyncRow completeFieldVersions(SyncRow row) {
        if (!row.fieldVersions().isEmpty()) {
            return row;
        }
        Map<String, HlcTimestamp> versions = new HashMap<>();
        for (String column : row.values().keySet()) {
            versions.put(column, row.fieldVersion(column));
        }
        return row.withState(row.version(), row.deleted(), row.values(), versions);
    }

    private static Map<String, HlcTimestamp> claimsOf(SyncRow incoming) {
        return incoming.fieldVersions().isEmpty() ? completeFieldVersions(incoming).fieldVersions()
                : incoming.fieldVersions();
    }

    private static int round(SyncRow row) {
        Object value = row.values().get(ROUND);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static int stage(SyncRow row) {
        Object status = row.values().get(STATUS);
        if (status == null) {
            return -1;
        }
        try {
            return org.clinicdesk.core.queue.QueueStatus.valueOf(status.toString()).stage();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static HlcTimestamp max(HlcTimestamp a, HlcTimestamp b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
