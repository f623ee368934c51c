package org.clinicdesk.app.gui.chart;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.vitals.Vitals;

/** The chart's trend lines: blood pressure (systolic and diastolic), heart rate and temperature over visits. */
final class TrendCharts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private TrendCharts() {
    }

    static LineChart<String, Number> create(String id, String titleKey) {
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), y);
        chart.setId(id);
        chart.setTitle(Messages.get(titleKey));
        chart.setAnimated(false);
        chart.setPrefHeight(175);
        chart.setMinHeight(150);
        chart.setLegendVisible(true);
        return chart;
    }

    /** One category per reading; two taken in the same minute must not fall onto one point. */
    private static List<String> labels(List<Vitals> vitals, ZoneId zone) {
        List<String> labels = new java.util.ArrayList<>();
        for (Vitals v : vitals) {
            String label = WHEN.format(v.takenAt().atZone(zone));
            int n = 2;
            String unique = label;
            while (labels.contains(unique)) {
                unique = label + " (" + n++ + ")";
            }
            labels.add(unique);
        }
        return labels;
    }

    static void fill(LineChart<String, Number> chart, List<Vitals> vitals, ZoneId zone, List<String> seriesKeys,
                     List<ToDoubleFunction<Vitals>> values) {
        chart.getData().clear();
        List<String> labels = labels(vitals, zone);
        for (int i = 0; i < seriesKeys.size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(Messages.get(seriesKeys.get(i)));
            for (int k = 0; k < vitals.size(); k++) {
                series.getData().add(new XYChart.Data<>(labels.get(k), values.get(i).applyAsDouble(vitals.get(k))));
            }
            chart.getData().add(series);
        }
    }
}
