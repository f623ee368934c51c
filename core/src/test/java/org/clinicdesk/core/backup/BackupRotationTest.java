package org.clinicdesk.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.clinicdesk.core.backup.BackupRotation.Tier;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * 100 days of one backup a day (2026-01-01 to 2026-04-10), the rotation applied after each as the desk does.
     * Monthly keeps are Sundays: a week's newest backup survived the weekly tier, so it is its month's newest left.
     */
    @Test
    void hundredDaysOfDailyBackupsKeepExactlySevenDailyFourWeeklyThreeMonthly() {
        List<Instant> folder = new ArrayList<>();
        Map<Instant, Tier> kept = Map.of();
        for (int day = 0; day < 100; day++) {
            Instant backup = at("2026-01-01").plus(day, ChronoUnit.DAYS);
            folder.add(backup);
            kept = BackupRotation.keep(folder, backup.plusSeconds(300), UTC);
            folder = new ArrayList<>(kept.keySet());
        }
        assertThat(kept).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry(at("2026-01-25"), Tier.MONTHLY), Map.entry(at("2026-02-22"), Tier.MONTHLY),
                Map.entry(at("2026-03-08"), Tier.MONTHLY),
                Map.entry(at("2026-03-15"), Tier.WEEKLY), Map.entry(at("2026-03-22"), Tier.WEEKLY),
                Map.entry(at("2026-03-29"), Tier.WEEKLY), Map.entry(at("2026-04-03"), Tier.WEEKLY),
                Map.entry(at("2026-04-04"), Tier.DAILY), Map.entry(at("2026-04-05"), Tier.DAILY),
                Map.entry(at("2026-04-06"), Tier.DAILY), Map.entry(at("2026-04-07"), Tier.DAILY),
                Map.entry(at("2026-04-08"), Tier.DAILY), Map.entry(at("2026-04-09"), Tier.DAILY),
                Map.entry(at("2026-04-10"), Tier.DAILY))));
    }

    @Test
    void allHundredAtOnceKeepTheNewestOfEachPeriod() {
        List<Instant> all = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            all.add(at("2026-01-01").plus(day, ChronoUnit.DAYS));
        }
        Map<Instant, Tier> kept = BackupRotation.keep(all, at("2026-04-10").plusSeconds(300), UTC);
        assertThat(kept.keySet()).containsExactly(at("2026-01-31"), at("2026-02-28"), at("2026-03-08"),
                at("2026-03-15"), at("2026-03-22"), at("2026-03-29"), at("2026-04-03"), at("2026-04-04"),
                at("2026-04-05"), at("2026-04-06"), at("2026-04-07"), at("2026-04-08"), at("2026-04-09"),
                at("2026-04-10"));
    }

    @Test
    void aBackupTimedAfterNowIsKeptAndNotCounted() {
        Instant now = at("2026-04-10");
        Map<Instant, Tier> kept = BackupRotation.keep(List.of(now.plus(3, ChronoUnit.DAYS), now, now.minusSeconds(60)),
                now, UTC);
        assertThat(kept).containsEntry(now.plus(3, ChronoUnit.DAYS), Tier.AHEAD_OF_THE_CLOCK)
                .containsEntry(now, Tier.DAILY).doesNotContainKey(now.minusSeconds(60));
    }

    /** Seeded generator: several backups on some days, none on others; the seed is printed on failure. */
    @Test
    void anyHistoryKeepsTheNewestAtMostFourteenInTierOrderAndIsStableWhenAppliedAgain() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            ZoneId zone = ZoneId.of(random.nextBoolean() ? "Asia/Kolkata" : "Europe/London");
            List<Instant> backups = new ArrayList<>();
            Instant t = Instant.parse("2025-10-01T00:00:00Z");
            int count = 1 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                t = t.plusSeconds(60 + random.nextInt(random.nextInt(10) == 0 ? 9 * 86_400 : 30_000));
                backups.add(t);
            }
            Instant now = t.plusSeconds(random.nextInt(3_600));
            Map<Instant, Tier> kept = BackupRotation.keep(backups, now, zone);
            String why = "seed " + seed;
            assertThat(kept).as(why).containsKey(t);
            assertThat(kept.values().stream().filter(x -> x == Tier.DAILY).count()).as(why).isLessThanOrEqualTo(7);
            assertThat(kept.values().stream().filter(x -> x == Tier.WEEKLY).count()).as(why).isLessThanOrEqualTo(4);
            assertThat(kept.values().stream().filter(x -> x == Tier.MONTHLY).count()).as(why).isLessThanOrEqualTo(3);
            List<Tier> byAge = new ArrayList<>(new java.util.TreeMap<>(kept).descendingMap().values());
            assertThat(byAge).as(why).isSortedAccordingTo(java.util.Comparator.naturalOrder());
            assertThat(BackupRotation.keep(new TreeSet<>(kept.keySet()), now, zone)).as(why).isEqualTo(kept);
        }
    }
}
