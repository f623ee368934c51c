package org.clinicdesk.core.vitals;

/** Test builder: a normal adult's observations (NEWS2 0) that a test changes one value at a time. */
final class Obs {
    int hr = 76;
    int rr = 16;
    int sbp = 128;
    int dbp = 82;
    double temp = 37.1;
    int spo2 = 98;
    SpO2Scale scale = SpO2Scale.SCALE_1;
    boolean oxygen;
    Acvpu acvpu = Acvpu.A;

    static Obs normal() {
        return new Obs();
    }

    Obs hr(int v) { hr = v; return this; }
    Obs rr(int v) { rr = v; return this; }
    Obs temp(double v) { temp = v; return this; }
    Obs spo2(int v) { spo2 = v; return this; }
    Obs acvpu(Acvpu v) { acvpu = v; return this; }

    Obs sbp(int v) {
        sbp = v;
        // keep the diastolic valid so that a test about systolic points is not refused for the diastolic
        dbp = Math.min(dbp, v - 10);
        return this;
    }

    Obs scale2() { scale = SpO2Scale.SCALE_2; return this; }
    Obs onOxygen() { oxygen = true; return this; }
    Obs onAir() { oxygen = false; return this; }

    VitalSigns signs() {
        return new VitalSigns(hr, rr, sbp, dbp, temp, spo2, scale, oxygen, acvpu, null, null);
    }

    News2Score score() {
        return News2.score(signs());
    }
}
