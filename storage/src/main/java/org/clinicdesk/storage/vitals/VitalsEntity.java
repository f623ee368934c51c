package org.clinicdesk.storage.vitals;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.storage.db.Json;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Immutable;

/** One set of vitals with its NEWS2 result; a clinical observation, so never updated. */
@Entity
@Immutable
@Table(name = "vitals")
class VitalsEntity extends SyncedEntity {
    private static final TypeReference<Map<String, Integer>> POINTS = new TypeReference<>() {
    };
    @Column(name = "patient_id", nullable = false)
    private UUID patientId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;
    @Column(name = "taken_by", nullable = false, length = 32)
    private String takenBy;
    @Column(name = "heart_rate", nullable = false)
    private int heartRate;
    @Column(name = "respiratory_rate", nullable = false)
    private int respiratoryRate;
    @Column(name = "systolic", nullable = false)
    private int systolic;
    @Column(name = "diastolic", nullable = false)
    private int diastolic;
    @Column(name = "temperature_c", nullable = false)
    private double temperatureC;
    @Column(name = "spo2", nullable = false)
    private int spo2;
    @Column(name = "spo2_scale", nullable = false, length = 10)
    private String spo2Scale;
    @Column(name = "on_oxygen", nullable = false)
    private boolean onOxygen;
    @Column(name = "consciousness", nullable = false, length = 1)
    private String consciousness;
    @Column(name = "weight_kg")
    private Double weightKg;
    @Column(name = "height_cm")
    private Double heightCm;
    @Column(name = "news2_total", nullable = false)
    private int news2Total;
    @Column(name = "news2_red_flag", nullable = false)
    private boolean news2RedFlag;
    @Column(name = "news2_response", nullable = false, length = 20)
    private String news2Response;
    @Column(name = "news2_points", nullable = false, length = 1000)
    private String news2Points;

    protected VitalsEntity() {
    }

    VitalsEntity(Vitals v) {
        super(v.id());
        VitalSigns s = v.signs();
        patientId = v.patientId();
        takenAt = v.takenAt();
        takenBy = v.takenBy();
        heartRate = s.heartRate();
        respiratoryRate = s.respiratoryRate();
        systolic = s.systolic();
        diastolic = s.diastolic();
        temperatureC = s.temperatureC();
        spo2 = s.spo2();
        spo2Scale = s.scale().name();
        onOxygen = s.onOxygen();
        consciousness = s.consciousness().name();
        weightKg = s.weightKg();
        heightCm = s.heightCm();
        news2Total = v.news2().total();
        news2RedFlag = v.news2().redFlag();
        news2Response = v.news2().response().name();
        news2Points = Json.write(new java.util.TreeMap<>(v.news2().points()));
    }

    Vitals toVitals() {
        VitalSigns signs = new VitalSigns(heartRate, respiratoryRate, systolic, diastolic, temperatureC, spo2,
                SpO2Scale.valueOf(spo2Scale), onOxygen, Acvpu.valueOf(consciousness), weightKg, heightCm);
        News2Score score = new News2Score(Json.read(news2Points, POINTS, "vitals.news2_points"), news2Total,
                news2RedFlag, ClinicalResponse.valueOf(news2Response));
        return new Vitals(getId(), patientId, takenAt, takenBy, signs, score);
    }
}
