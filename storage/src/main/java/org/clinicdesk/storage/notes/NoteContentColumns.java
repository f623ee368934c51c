package org.clinicdesk.storage.notes;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.storage.db.Json;

/** A note's content as columns: the four SOAP parts, and diagnoses and prescriptions as JSON arrays, the follow-up day and reason. */
@Embeddable
class NoteContentColumns {
    private static final TypeReference<List<Diagnosis>> DIAGNOSES = new TypeReference<>() {
    };
    private static final TypeReference<List<Prescription>> PRESCRIPTIONS = new TypeReference<>() {
    };
    @Column(name = "subjective", nullable = false, length = 20000)
    private String subjective;
    @Column(name = "objective", nullable = false, length = 20000)
    private String objective;
    @Column(name = "assessment", nullable = false, length = 20000)
    private String assessment;
    @Column(name = "plan", nullable = false, length = 20000)
    private String plan;
    @Column(name = "diagnoses", nullable = false, length = 200000)
    private String diagnoses;
    @Column(name = "prescriptions", nullable = false, length = 200000)
    private String prescriptions;
    @Column(name = "follow_up_date")
    private java.time.LocalDate followUpDate;
    @Column(name = "follow_up_reason", nullable = false, length = NoteContent.REASON_LIMIT)
    private String followUpReason;

    protected NoteContentColumns() {
    }

    NoteContentColumns(NoteContent content) {
        SoapText text = content.text();
        subjective = text.subjective();
        objective = text.objective();
        assessment = text.assessment();
        plan = text.plan();
        diagnoses = Json.write(content.diagnoses());
        prescriptions = Json.write(content.prescriptions());
        followUpDate = content.followUpDate();
        followUpReason = content.followUpReason();
    }

    NoteContent toContent(String table) {
        return new NoteContent(new SoapText(subjective, objective, assessment, plan),
                Json.read(diagnoses, DIAGNOSES, table + ".diagnoses"),
                Json.read(prescriptions, PRESCRIPTIONS, table + ".prescriptions"), followUpDate,
                followUpReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteContentColumns c && subjective.equals(c.subjective) && objective.equals(c.objective)
                && assessment.equals(c.assessment) && plan.equals(c.plan) && diagnoses.equals(c.diagnoses)
                && prescriptions.equals(c.prescriptions)
                && java.util.Objects.equals(followUpDate, c.followUpDate)
                && java.util.Objects.equals(followUpReason, c.followUpReason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(subjective, objective, assessment, plan, diagnoses, prescriptions, followUpDate,
                followUpReason);
    }
}
