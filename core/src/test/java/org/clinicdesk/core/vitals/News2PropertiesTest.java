package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

    @Property
    void movingOneParameterFurtherFromNormalNeverLowersTheScore(@ForAll("observations") Obs base,
            @ForAll Direction parameter, @ForAll @IntRange(min = 1, max = 120) int steps) {
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

    @Property
    void worseConsciousnessNeverLowersTheScore(@ForAll("observations") Obs base, @ForAll Acvpu level) {
        int alert = copy(base).acvpu(Acvpu.A).score().total();
        assertThat(copy(base).acvpu(level).score().total()).isGreaterThanOrEqualTo(alert);
    }

    @Property
    void startingOxygenNeverLowersTheScore(@ForAll("observations") Obs base) {
        int onAir = copy(base).onAir().score().total();
        assertThat(copy(base).onOxygen().score().total()).isGreaterThanOrEqualTo(onAir);
    }

    @Property
    void totalRedFlagAndResponseAgreeWithThePoints(@ForAll("observations") Obs obs) {
        News2Score score = obs.score();
        assertThat(score.points()).hasSize(7).allSatisfy((name, points) -> assertThat(points).isBetween(0, 3));
        assertThat(score.total()).isEqualTo(score.points().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(score.redFlag()).isEqualTo(score.points().containsValue(3));
        ClinicalResponse expected = score.total() >= 7 ? ClinicalResponse.HIGH
                : score.total() >= 5 ? ClinicalResponse.MEDIUM
                : score.redFlag() ? ClinicalResponse.LOW_MEDIUM : ClinicalResponse.LOW;
        assertThat(score.response()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Obs> observations() {
        return Builders.withBuilder(Obs::normal)
                .use(Arbitraries.integers().between(20, 300)).in((o, v) -> o.hr(v))
                .use(Arbitraries.integers().between(2, 80)).in((o, v) -> o.rr(v))
                .use(Arbitraries.integers().between(40, 300)).in((o, v) -> o.sbp(v))
                .use(Arbitraries.integers().between(250, 450)).in((o, v) -> o.temp(v / 10.0))
                .use(Arbitraries.integers().between(40, 100)).in((o, v) -> o.spo2(v))
                .use(Arbitraries.of(SpO2Scale.values())).in((o, v) -> { o.scale = v; return o; })
                .use(Arbitraries.of(true, false)).in((o, v) -> { o.oxygen = v; return o; })
                .use(Arbitraries.of(Acvpu.values())).in((o, v) -> o.acvpu(v))
                .build();
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
