package org.clinicdesk.core.vitals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * National Early Warning Score 2 (Royal College of Physicians, 2017). Seven parameters score 0 to 3; SpO2 uses
 * scale 2 for patients with a prescribed 88-92 % target, where saturations of 93 % or more score only on oxygen.
 * Temperature is compared at one decimal, as charted.
 */
public final class News2 {
    private News2() {
    }

    public static News2Score score(VitalSigns v) {
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("respiration rate", respiration(v.respiratoryRate()));
        points.put("SpO2", v.scale() == SpO2Scale.SCALE_1 ? spo2Scale1(v.spo2()) : spo2Scale2(v.spo2(), v.onOxygen()));
        points.put("air or oxygen", v.onOxygen() ? 2 : 0);
        points.put("systolic pressure", systolic(v.systolic()));
        points.put("pulse", pulse(v.heartRate()));
        points.put("consciousness", v.consciousness() == Acvpu.A ? 0 : 3);
        points.put("temperature", temperature(v.temperatureC()));
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        boolean redFlag = points.values().stream().anyMatch(p -> p == 3);
        return new News2Score(points, total, redFlag, response(total, redFlag));
    }

    static ClinicalResponse response(int total, boolean redFlag) {
        if (total >= 7) {
            return ClinicalResponse.HIGH;
        }
        if (total >= 5) {
            return ClinicalResponse.MEDIUM;
        }
        return redFlag ? ClinicalResponse.LOW_MEDIUM : ClinicalResponse.LOW;
    }

    static int respiration(int rr) {
        if (rr <= 8) {
            return 3;
        }
        if (rr <= 11) {
            return 1;
        }
        if (rr <= 20) {
            return 0;
        }
        return rr <= 24 ? 2 : 3;
    }

    static int spo2Scale1(int spo2) {
        if (spo2 <= 91) {
            return 3;
        }
        if (spo2 <= 93) {
            return 2;
        }
        return spo2 <= 95 ? 1 : 0;
    }

    static int spo2Scale2(int spo2, boolean onOxygen) {
        if (spo2 <= 83) {
            return 3;
        }
        if (spo2 <= 85) {
            return 2;
        }
        if (spo2 <= 87) {
            return 1;
        }
        if (spo2 <= 92 || !onOxygen) {
            return 0;
        }
        if (spo2 <= 94) {
            return 1;
        }
        return spo2 <= 96 ? 2 : 3;
    }

    static int systolic(int sbp) {
        if (sbp <= 90) {
            return 3;
        }
        if (sbp <= 100) {
            return 2;
        }
        if (sbp <= 110) {
            return 1;
        }
        return sbp <= 219 ? 0 : 3;
    }

    static int pulse(int hr) {
        if (hr <= 40) {
            return 3;
        }
        if (hr <= 50) {
            return 1;
        }
        if (hr <= 90) {
            return 0;
        }
        if (hr <= 110) {
            return 1;
        }
        return hr <= 130 ? 2 : 3;
    }

    static int temperature(double celsius) {
        long tenths = Math.round(celsius * 10);
        if (tenths <= 350) {
            return 3;
        }
        if (tenths <= 360) {
            return 1;
        }
        if (tenths <= 380) {
            return 0;
        }
        return tenths <= 390 ? 1 : 2;
    }
}
