package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of NEWS2 over any valid observations: moving one parameter further from normal never lowers the score,
 * and the total, red flag and response always agree with the points.
 */
class News2PropertiesTest {

    /** A parameter with its limits and its centre of normal, in whole units (temperature in tenths of a degree). */
    enum Direction {
        RESPIRATION(2, 80, 16), PULSE(20, 300, 70), SYSTOLIC(40, 300, 165), TEMPERATURE_TENTHS(250, 450, 370),
        SPO2(40, 100, 100), SPO2_SCALE_2(40, 100, 90);

        final int min;
        final int max;
        final int centre;

        Direction(int min, int max, int centre) {
            this.min = min;
            this.max = max;
            this.centre = centre;
        }

        int current(Obs o) {
            switch (this) {
                case RESPIRATION: return o.rr;
                case PULSE: return o.hr;
                case SYSTOLIC: return o.sbp;
                case TEMPERATURE_TENTHS: return (int) Math.round(o.temp * 10);
                default: return o.spo2;
            }
        }

        Obs set(Obs o, int value) {
            switch (this) {
                case RESPIRATION: return o.rr(value);
                case PULSE: return o.hr(value);
                case SYSTOLIC: return o.sbp(value);
                case TEMPERATURE_TENTHS: return o.temp(value / 10.0);
                case SPO2_SCALE_2: return o.scale2().spo2(value);
                default: return o.spo2(value);
            }
        }
    }

    /** Observations with every value drawn from its whole valid range. */
    static Obs observations(Gen gen) {
        Obs o = Obs.normal().hr(gen.ints(20, 300)).rr(gen.ints(2, 80)).sbp(gen.ints(40, 300))
                .temp(gen.ints(250, 450) / 10.0).spo2(gen.ints(40, 100));
        o.scale = gen.oneOf(SpO2Scale.class);
        o.oxygen = gen.bool();
        return o.acvpu(gen.oneOf(Acvpu.class));
    }

    @SeededProperty
    void movingOneParameterFurtherFromNormalNeverLowersTheScore(Gen gen) {
        movesFurther(observations(gen), gen.oneOf(Direction.class), gen.ints(1, 120));
    }

    /** Each parameter from its centre, just below it, and each bound, moved by one step and by the most. */
    static Stream<Arguments> edgeMoves() {
        Stream.Builder<Arguments> moves = Stream.builder();
        for (Direction d : Direction.values()) {
            for (int value : new int[] {d.min, d.centre - 1, d.centre, d.max}) {
                for (int steps : new int[] {1, 120}) {
                    if (value >= d.min && value <= d.max) {
                        moves.add(Arguments.of(d, value, steps));
                    }
                }
            }
        }
        return moves.build();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("edgeMoves")
    void movingOneParameterFromItsEdgesNeverLowersTheScore(Direction parameter, int value, int steps) {
        movesFurther(parameter.set(Obs.normal(), value), parameter, steps);
    }

    private static void movesFurther(Obs base, Direction parameter, int steps) {
        // each SpO2 direction holds on its own scale: on scale 2 with oxygen, higher saturations score more
        if (parameter == Direction.SPO2) {
            base.scale = SpO2Scale.SCALE_1;
        } else if (parameter == Direction.SPO2_SCALE_2) {
            base.scale = SpO2Scale.SCALE_2;
        }
        int value = parameter.current(base);
        int away = value >= parameter.centre ? 1 : -1;
        int further = Math.max(parameter.min, Math.min(parameter.max, value + away * steps));
        int before = base.score().total();
        int after = parameter.set(copy(base), further).score().total();
        assertThat(after).as("%s moved from %s to %s", parameter, value, further).isGreaterThanOrEqualTo(before);
    }

    @SeededProperty
    void worseConsciousnessNeverLowersTheScore(Gen gen) {
        Obs base = observations(gen);
        Acvpu level = gen.oneOf(Acvpu.class);
        int alert = copy(base).acvpu(Acvpu.A).score().total();
        assertThat(copy(base).acvpu(level).score().total()).as(level.name()).isGreaterThanOrEqualTo(alert);
    }

    @SeededProperty
    void startingOxygenNeverLowersTheScore(Gen gen) {
        Obs base = observations(gen);
        int onAir = copy(base).onAir().score().total();
        assertThat(copy(base).onOxygen().score().total()).isGreaterThanOrEqualTo(onAir);
    }

    @SeededProperty
    void totalRedFlagAndResponseAgreeWithThePoints(Gen gen) {
        responseAgreesWithThePoints(observations(gen));
    }

    /** Totals on each side of the response thresholds (4, 5, 6, 7), with and without a single red-flag parameter. */
    static Stream<Obs> thresholdObservations() {
        return Stream.of(Obs.normal(), Obs.normal().hr(91), Obs.normal().rr(25), Obs.normal().rr(25).hr(91),
                Obs.normal().rr(21).hr(111).temp(39.0), Obs.normal().rr(21).hr(111).temp(39.1),
                Obs.normal().rr(21).hr(111).temp(39.0).onOxygen(), Obs.normal().rr(21).hr(111).temp(39.1).onOxygen());
    }

    @ParameterizedTest(name = "threshold case {index}")
    @MethodSource("thresholdObservations")
    void totalRedFlagAndResponseAgreeWithThePointsAtTheThresholds(Obs obs) {
        responseAgreesWithThePoints(obs);
    }

    private static void responseAgreesWithThePoints(Obs obs) {
        News2Score score = obs.score();
        assertThat(score.points()).hasSize(7).allSatisfy((name, points) -> assertThat(points).isBetween(0, 3));
        assertThat(score.total()).isEqualTo(score.points().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(score.redFlag()).isEqualTo(score.points().containsValue(3));
        ClinicalResponse expected = score.total() >= 7 ? ClinicalResponse.HIGH
                : score.total() >= 5 ? ClinicalResponse.MEDIUM
                : score.redFlag() ? ClinicalResponse.LOW_MEDIUM : ClinicalResponse.LOW;
        assertThat(score.response()).isEqualTo(expected);
    }

    private static Obs copy(Obs o) {
        Obs c = Obs.normal().hr(o.hr).rr(o.rr).temp(o.temp).spo2(o.spo2).acvpu(o.acvpu);
        c.sbp = o.sbp;
        c.dbp = o.dbp;
        c.scale = o.scale;
        c.oxygen = o.oxygen;
        return c;
    }
}
