package org.clinicdesk.core.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which backups to keep: 7 daily, 4 weekly, 3 monthly, in the clinic's time zone. This class is the rule's only
 * source; the tiers never overlap, so a store backed up every day keeps exactly 14 backups:
 * <ol>
 *   <li><b>daily</b>: the newest backup of each of the 7 most recent days that have one;</li>
 *   <li><b>weekly</b>: among older backups, the newest of each of the 4 most recent ISO weeks (Monday to Sunday);</li>
 *   <li><b>monthly</b>: among backups older still, the newest of each of the 3 most recent calendar months.</li>
 * </ol>
 * Backups timed after {@code now} (a clock set wrong) are kept and not counted: nothing is deleted on a time that
 * cannot be placed.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int MONTHLY = 3;

    /** Why a backup is kept. */
    public enum Tier { DAILY, WEEKLY, MONTHLY, AHEAD_OF_THE_CLOCK }

    private BackupRotation() {
    }

    /** The backups to keep, each with its tier; every backup not in the result may be deleted. */
    public static Map<Instant, Tier> keep(Collection<Instant> backups, Instant now, ZoneId zone) {
        Map<Instant, Tier> kept = new TreeMap<>();
        List<Instant> newestFirst = backups.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        newestFirst.stream().filter(t -> t.isAfter(now)).forEach(t -> kept.put(t, Tier.AHEAD_OF_THE_CLOCK));
        List<Instant> placed = newestFirst.stream().filter(t -> !t.isAfter(now)).toList();
        List<Instant> rest = tier(placed, DAILY, day -> day, zone, Tier.DAILY, kept);
        rest = tier(rest, WEEKLY, day -> day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                zone, Tier.WEEKLY, kept);
        tier(rest, MONTHLY, day -> day.getYear() * 100L + day.getMonthValue(), zone, Tier.MONTHLY, kept);
        return kept;
    }

    /**
     * Keeps the newest backup of each of the {@code count} most recent periods in {@code newestFirst}; returns the
     * backups older than the oldest one kept, for the next tier.
     */
    private static List<Instant> tier(List<Instant> newestFirst, int count, Function<LocalDate, Object> period,
                                      ZoneId zone, Tier tier, Map<Instant, Tier> kept) {
        Object current = null;
        int periods = 0;
        for (int i = 0; i < newestFirst.size(); i++) {
            Instant t = newestFirst.get(i);
            Object p = period.apply(t.atZone(zone).toLocalDate());
            if (p.equals(current)) {
                continue;
            }
            if (periods == count) {
                return newestFirst.subList(i, newestFirst.size());
            }
            current = p;
            periods++;
            kept.put(t, tier);
        }
        return List.of();
    }
}
