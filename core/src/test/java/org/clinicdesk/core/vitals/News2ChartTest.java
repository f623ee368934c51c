package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks News2 against every band of the shared NEWS2 table: each band's boundaries score the band's points, and
 * every value within the physiological limits falls in exactly one band and scores what that band says.
 */
class News2ChartTest {
    private static final SharedNews2Table TABLE = SharedNews2Table.load();

    /** A numeric parameter of the table, how our score names it, its physiological limits and how to set it. */
    enum Parameter {
        RESPIRATION("Respiration rate", "respiration rate", 2, 80, 1, (o, v) -> o.rr(v.intValue())),
        SPO2_SCALE_1("SpO₂ Scale 1", "SpO2", 40, 100, 1, (o, v) -> o.spo2(v.intValue())),
        SPO2_SCALE_2("SpO₂ Scale 2", "SpO2", 40, 100, 1, (o, v) -> o.scale2().spo2(v.intValue())),
        SYSTOLIC("Systolic blood pressure", "systolic pressure", 40, 300, 1, (o, v) -> o.sbp(v.intValue())),
        PULSE("Pulse", "pulse", 20, 300, 1, (o, v) -> o.hr(v.intValue())),
        TEMPERATURE("Temperature", "temperature", 25.0, 45.0, 0.1, Obs::temp);

        final String tableName;
        final String scoreKey;
        final double min;
        final double max;
        final double step;
        final BiFunction<Obs, Double, Obs> set;

        Parameter(String tableName, String scoreKey, double min, double max, double step,
                  BiFunction<Obs, Double, Obs> set) {
            this.tableName = tableName;
            this.scoreKey = scoreKey;
            this.min = min;
            this.max = max;
            this.step = step;
            this.set = set;
        }

        int points(double value, boolean onOxygen) {
            Obs obs = set.apply(Obs.normal(), value);
            if (onOxygen) {
                obs.onOxygen();
            }
            return obs.score().points().get(scoreKey);
        }

        List<Double> everyValue() {
            List<Double> values = new ArrayList<>();
            long steps = Math.round((max - min) / step);
            for (long i = 0; i <= steps; i++) {
                values.add(Math.round((min + i * step) * 10) / 10.0);
            }
            return values;
        }
    }

    @Test
    void tableHoldsExactlyTheParametersWeScore() {
        assertThat(TABLE.parameterNames()).containsExactlyInAnyOrder("Respiration rate", "SpO₂ Scale 1",
                "SpO₂ Scale 2", "Air or oxygen?", "Systolic blood pressure", "Pulse", "Consciousness", "Temperature",
                "Clinical risk category");
    }

    @TestFactory
    Stream<DynamicTest> everyBandScoresItsPointsAtBothBoundaries() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            for (ChartBand band : TABLE.bands(p.tableName)) {
                tests.add(DynamicTest.dynamicTest(p.tableName + " " + band.rangeText() + " scores " + band.points(),
                        () -> assertBoundaries(p, band)));
            }
        }
        return tests.stream();
    }

    private static void assertBoundaries(Parameter p, ChartBand band) {
        for (ChartBand.Range range : band.ranges()) {
            double low = Double.isFinite(range.low()) ? range.low() : p.min;
            double high = Double.isFinite(range.high()) ? range.high() : p.max;
            for (boolean onOxygen : breathingStates(range.breathing())) {
                assertThat(p.points(low, onOxygen)).as("%s at %s, oxygen %s", p.tableName, low, onOxygen)
                        .isEqualTo(band.points());
                assertThat(p.points(high, onOxygen)).as("%s at %s, oxygen %s", p.tableName, high, onOxygen)
                        .isEqualTo(band.points());
            }
        }
    }

    private static List<Boolean> breathingStates(ChartBand.Breathing breathing) {
        switch (breathing) {
            case AIR:
                return List.of(false);
            case OXYGEN:
                return List.of(true);
            default:
                return List.of(false, true);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyValueWithinLimitsFallsInOneBandAndScoresIt() {
        return Stream.of(Parameter.values()).map(p -> DynamicTest.dynamicTest(p.tableName, () -> {
            List<ChartBand> bands = TABLE.bands(p.tableName);
            for (double value : p.everyValue()) {
                for (boolean onOxygen : List.of(false, true)) {
                    List<ChartBand> covering = bands.stream().filter(b -> b.covers(value, onOxygen)).toList();
                    assertThat(covering).as("bands covering %s %s, oxygen %s", p.tableName, value, onOxygen)
                            .hasSize(1);
                    assertThat(p.points(value, onOxygen)).as("%s %s, oxygen %s", p.tableName, value, onOxygen)
                            .isEqualTo(covering.get(0).points());
                }
            }
        }));
    }

    @Test
    void airOrOxygenScoresAsTheTableSays() {
        Map<String, Integer> table = TABLE.categories("Air or oxygen?");
        assertThat(table).containsOnlyKeys("Air", "Oxygen");
        assertThat(Obs.normal().onAir().score().points().get("air or oxygen")).isEqualTo(table.get("Air"));
        assertThat(Obs.normal().onOxygen().score().points().get("air or oxygen")).isEqualTo(table.get("Oxygen"));
    }

    @Test
    void consciousnessScoresAsTheTableSays() {
        Map<String, Integer> table = TABLE.categories("Consciousness");
        assertThat(table).containsOnlyKeys("Alert", "C, V, P or U");
        assertThat(Obs.normal().acvpu(Acvpu.A).score().points().get("consciousness")).isEqualTo(table.get("Alert"));
        for (Acvpu level : List.of(Acvpu.C, Acvpu.V, Acvpu.P, Acvpu.U)) {
            assertThat(Obs.normal().acvpu(level).score().points().get("consciousness")).as("ACVPU %s", level)
                    .isEqualTo(table.get("C, V, P or U"));
        }
    }

    @Test
    void responseBandsAreTheTablesRiskCategoriesInOrder() {
        assertThat(TABLE.riskCategories()).containsExactly("Low", "Low-medium", "Medium", "High");
        assertThat(ClinicalResponse.values()).containsExactly(ClinicalResponse.LOW, ClinicalResponse.LOW_MEDIUM,
                ClinicalResponse.MEDIUM, ClinicalResponse.HIGH);
    }
}
