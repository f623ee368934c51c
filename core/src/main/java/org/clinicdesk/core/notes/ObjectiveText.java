package org.clinicdesk.core.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;

/**
 * The objective part of a SOAP note pre-filled from the latest vitals, written the way doctors chart them:
 * "BP 128/82 mmHg, HR 76/min, RR 16/min, T 37.1 °C, SpO2 98 % on air, alert. NEWS2 0 (low)."
 */
public final class ObjectiveText {
    private ObjectiveText() {
    }

    public static String fromVitals(Vitals vitals) {
        VitalSigns v = vitals.signs();
        List<String> parts = new ArrayList<>();
        parts.add("BP " + v.systolic() + "/" + v.diastolic() + " mmHg");
        parts.add("HR " + v.heartRate() + "/min");
        parts.add("RR " + v.respiratoryRate() + "/min");
        parts.add("T " + String.format(Locale.ROOT, "%.1f", v.temperatureC()) + " °C");
        parts.add("SpO2 " + v.spo2() + " % " + (v.onOxygen() ? "on oxygen" : "on air")
                + (v.scale() == SpO2Scale.SCALE_2 ? " (scale 2)" : ""));
        parts.add(consciousness(v.consciousness()));
        StringBuilder text = new StringBuilder(String.join(", ", parts)).append('.');
        body(v).ifPresent(b -> text.append(' ').append(b).append('.'));
        text.append(' ').append(news2(vitals.news2())).append('.');
        return text.toString();
    }

    private static Optional<String> body(VitalSigns v) {
        List<String> parts = new ArrayList<>();
        if (v.weightKg() != null) {
            parts.add("Wt " + number(v.weightKg()) + " kg");
        }
        if (v.heightCm() != null) {
            parts.add("Ht " + number(v.heightCm()) + " cm");
        }
        v.bmi().ifPresent(bmi -> parts.add("BMI " + number(bmi)));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private static String news2(News2Score score) {
        String text = "NEWS2 " + score.total() + " (" + band(score.response());
        if (score.redFlag()) {
            List<String> red = new ArrayList<>();
            for (Map.Entry<String, Integer> e : score.points().entrySet()) {
                if (e.getValue() == 3) {
                    red.add(e.getKey());
                }
            }
            text += "; 3 points for " + String.join(" and ", red);
        }
        return text + ")";
    }

    private static String band(ClinicalResponse response) {
        switch (response) {
            case LOW_MEDIUM:
                return "low-medium";
            case MEDIUM:
                return "medium";
            case HIGH:
                return "high";
            default:
                return "low";
        }
    }

    private static String consciousness(Acvpu level) {
        switch (level) {
            case C:
                return "new confusion";
            case V:
                return "responds to voice";
            case P:
                return "responds to pain";
            case U:
                return "unresponsive";
            default:
                return "alert";
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
