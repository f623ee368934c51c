package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

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

    @Property
    void readingsStrictlyIncreaseEvenWhenTheWallClockJumpsBack(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = -5_000, max = 5_000) Integer> jumps) {
        HandClock wall = new HandClock(1_700_000_000_000L);
        HybridClock clock = new HybridClock(wall, "A", Duration.ofMinutes(5));
        HlcTimestamp previous = clock.now();
        for (int jump : jumps) {
            wall.millis += jump;
            HlcTimestamp next = clock.now();
            assertThat(next).isGreaterThan(previous);
            assertThat(next.encode().compareTo(previous.encode())).as("text order follows value order").isPositive();
            previous = next;
        }
    }

    @Property
    void afterReceivingEveryLocalReadingIsLater(@ForAll @IntRange(min = -200_000, max = 200_000) int remoteOffset,
                                                @ForAll @IntRange(min = 0, max = 50) int remoteCounter) {
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
