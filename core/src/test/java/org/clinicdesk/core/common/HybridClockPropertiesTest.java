package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HybridClockPropertiesTest {

    /** A wall clock the test moves by hand, backwards as well as forwards. */
    static final class HandClock extends Clock {
        long millis;

        HandClock(long millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @SeededProperty
    void readingsStrictlyIncreaseEvenWhenTheWallClockJumpsBack(Gen gen) {
        readingsIncreaseThrough(gen.listOf(1, 200, () -> gen.ints(-5_000, 5_000)));
    }

    @Test
    void readingsStrictlyIncreaseWhenTheWallClockStandsStillOrJumpsTheFurthest() {
        readingsIncreaseThrough(List.of(0, 0, 0, -5_000, -5_000, 5_000, 0, -1, 1, -5_000));
    }

    private static void readingsIncreaseThrough(List<Integer> jumps) {
        HandClock wall = new HandClock(1_700_000_000_000L);
        HybridClock clock = new HybridClock(wall, "A", Duration.ofMinutes(5));
        HlcTimestamp previous = clock.now();
        for (int jump : jumps) {
            wall.millis += jump;
            HlcTimestamp next = clock.now();
            assertThat(next).as("after a jump of %s ms", jump).isGreaterThan(previous);
            assertThat(next.encode().compareTo(previous.encode())).as("text order follows value order").isPositive();
            previous = next;
        }
    }

    @SeededProperty
    void afterReceivingEveryLocalReadingIsLater(Gen gen) {
        receiveThenLater(gen.ints(-200_000, 200_000), gen.ints(0, 50));
    }

    @ParameterizedTest(name = "remote {0} ms and counter {1}")
    @CsvSource({"0,0", "0,50", "-200000,0", "200000,50", "200000,0", "-200000,50", "1,0", "-1,50"})
    void afterReceivingFromTheEdgesOfTheAllowedDriftEveryLocalReadingIsLater(int remoteOffset, int remoteCounter) {
        receiveThenLater(remoteOffset, remoteCounter);
    }

    private static void receiveThenLater(int remoteOffset, int remoteCounter) {
        HandClock wall = new HandClock(1_700_000_000_000L);
        HybridClock clock = new HybridClock(wall, "A", Duration.ofMinutes(5));
        HlcTimestamp remote = new HlcTimestamp(wall.millis + remoteOffset, remoteCounter, "B");
        HlcTimestamp merged = clock.receive(remote);
        assertThat(merged).isGreaterThan(remote);
        assertThat(clock.now()).isGreaterThan(merged);
    }

    @Test
    void readingFromAClockAnHourAheadIsRefused() {
        HandClock wall = new HandClock(1_700_000_000_000L);
        HybridClock clock = new HybridClock(wall, "A", Duration.ofMinutes(5));
        HlcTimestamp ahead = new HlcTimestamp(wall.millis + Duration.ofHours(1).toMillis(), 0, "B");
        assertThatThrownBy(() -> clock.receive(ahead))
                .isInstanceOf(ClockDriftException.class)
                .hasMessageContaining("site B")
                .hasMessageContaining("ahead");
        assertThat(clock.now().wallMillis()).as("the refused reading did not move our clock").isEqualTo(wall.millis);
    }

    @Test
    void encodedReadingsDecodeToThemselves() {
        HlcTimestamp t = new HlcTimestamp(1_700_000_000_123L, 42, "RX2");
        assertThat(HlcTimestamp.decode(t.encode())).isEqualTo(t);
        assertThat(t.encode()).isEqualTo("001700000000123-000042-RX2");
        assertThat(new HlcTimestamp(0, 0, "A").encode()).isEqualTo("000000000000000-000000-A");
        assertThatThrownBy(() -> HlcTimestamp.decode("yesterday")).isInstanceOf(ValidationException.class);
    }

    @Test
    void restartedClockNeverGoesBelowAStoredVersion() {
        HandClock wall = new HandClock(1_000L);
        HybridClock clock = new HybridClock(wall, "A", Duration.ofMinutes(5));
        HlcTimestamp stored = new HlcTimestamp(9_000L, 3, "A");
        clock.advanceTo(stored);
        assertThat(clock.now()).isGreaterThan(stored);
    }
}
