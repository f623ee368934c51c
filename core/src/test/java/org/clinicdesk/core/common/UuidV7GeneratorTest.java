package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    @Test
    void idsAreVersion7WithTheCreationTimeInFront() {
        Instant at = Instant.parse("2026-11-21T10:00:00Z");
        UUID id = new UuidV7Generator(Clock.fixed(at, ZoneOffset.UTC)).newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        UUID early = new UuidV7Generator(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).newId();
        UUID late = new UuidV7Generator(Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC)).newId();
        assertThat(early.toString()).isLessThan(late.toString());
    }
}
