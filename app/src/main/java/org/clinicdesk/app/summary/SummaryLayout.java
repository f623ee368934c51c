package org.clinicdesk.app.summary;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.patient.Allergies;
import java.util.Map;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.summary.FieldGrid.Field;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;

/** Sets the sections of a visit summary, top to bottom, on a flowing canvas. */
final class SummaryLayout {
    private static final Color TINT = new Color(0xF1, 0xF4, 0xF6);
    private static final Color RULE = new Color(0xC9, 0xD1, 0xD8);
    private static final float LABEL_COLUMN = 84;
    private static final float NUMBER_COLUMN = 18;

    private final PdfCanvas canvas;
    private final VisitSummary s;

    SummaryLayout(PdfCanvas canvas, VisitSummary summary) {
        this.canvas = canvas;
        this.s = summary;
    }

    void all() throws IOException {
        masthead();
        patient();
        vitals();
        note();
        diagnoses();
        prescriptions();
        amendments();
        overriddenFlags();
        followUp();
        signature();
    }

    /** The slim header of every page after the first. */
    void runningHeader() throws IOException {
        float baseline = canvas.y() - 9;
        canvas.draw(s.clinic().name(), TextStyle.SMALL_BOLD, canvas.left(), baseline);
        canvas.drawRight(Messages.get("pdf.summary.continued", s.patient().name(), s.patient().uhid()),
                TextStyle.SMALL, canvas.left() + canvas.width(), baseline);
        canvas.rule(canvas.left(), baseline - 6, canvas.width(), 0.5f, RULE);
        canvas.down(24);
    }

    private void masthead() throws IOException {
        float top = canvas.y();
        canvas.draw(s.clinic().name(), TextStyle.TITLE, canvas.left(), top - 16);
        float right = canvas.left() + canvas.width();
        canvas.drawRight(Messages.get("pdf.summary.title"), TextStyle.HEADING.colored(TextStyle.INK), right, top - 14);
        canvas.drawRight(Messages.get("pdf.summary.signedAt", SummaryText.localTime(s.signedAt(), s.zone())), TextStyle.SMALL, right, top - 28);
        float baseline = top - 30;
        for (String line : letterhead()) {
            canvas.draw(line, TextStyle.SMALL, canvas.left(), baseline);
            baseline -= TextStyle.SMALL.leading();
        }
        float ruleAt = Math.min(top - 40, baseline + TextStyle.SMALL.leading() - 10);
        canvas.rule(canvas.left(), ruleAt, canvas.width(), 1.6f, TextStyle.ACCENT);
        canvas.down(top - ruleAt + 10);
    }

    /** Under the clinic's name: its address (one line), phone and site, as far as the clinic has set them. */
    private List<String> letterhead() {
        var contact = s.clinic().contact();
        List<String> lines = new ArrayList<>();
        if (!contact.address().isEmpty()) {
            lines.addAll(canvas.wrap(contact.addressOnOneLine(), TextStyle.SMALL, canvas.width() * 0.62f));
        }
        List<String> last = new ArrayList<>();
        if (!contact.phone().isEmpty()) {
            last.add(Messages.get("pdf.phone", contact.phone()));
        }
        if (!s.clinic().site().isEmpty()) {
            last.add(Messages.get("pdf.site", s.clinic().site()));
        }
        if (!last.isEmpty()) {
            lines.add(String.join(" · ", last));
        }
        return lines;
    }

    private void patient() throws IOException {
        VisitSummary.PatientLine p = s.patient();
        String ageSex = p.age().isEmpty() ? p.sex() : p.sex().isEmpty() ? p.age() : p.age() + " · " + p.sex();
        FieldGrid.row(canvas, List.of(new Field(Messages.get("pdf.summary.patient"), p.name()), new Field(Messages.get("pdf.summary.born"), p.born()),
                new Field(Messages.get("pdf.summary.ageSex"), ageSex),
                new Field(Messages.get("pdf.uhidLabel"), p.uhid())), TextStyle.BODY_BOLD, TINT);
        canvas.down(7);
        // The chart's wording, from one place: "not recorded", "No known allergies" (only when recorded), or the list.
        String allergies = Messages.get("pdf.summary.allergies", Allergies.describe(p.allergies()));
        if (!Allergies.recorded(p.allergies()) || Allergies.noneKnown(p.allergies())) {
            canvas.paragraph(allergies, TextStyle.BODY.colored(TextStyle.MUTED), canvas.left(), canvas.width());
        } else {
            canvas.paragraph(allergies, TextStyle.WARNING, canvas.left(), canvas.width());
        }
    }

    private void vitals() throws IOException {
        heading(Messages.get("pdf.summary.vitals"), 70);
        if (s.vitals().isEmpty()) {
            canvas.paragraph(Messages.get("pdf.summary.noVitals"), TextStyle.BODY.colored(TextStyle.MUTED),
                    canvas.left(), canvas.width());
            return;
        }
        Vitals v = s.vitals().get();
        VitalSigns signs = v.signs();
        canvas.paragraph(Messages.get("pdf.summary.vitalsTaken", SummaryText.time(v.takenAt(), s.zone()), v.takenBy()), TextStyle.SMALL,
                canvas.left(), canvas.width());
        canvas.down(3);
        String spo2 = Messages.get(signs.onOxygen() ? "pdf.summary.spo2.oxygen" : "pdf.summary.spo2.air", signs.spo2())
                + (signs.scale() == SpO2Scale.SCALE_2 ? " " + Messages.get("pdf.summary.spo2.scale2") : "");
        FieldGrid.row(canvas, List.of(new Field(Messages.get("pdf.summary.bp"), signs.systolic() + "/" + signs.diastolic() + " mmHg"),
                new Field(Messages.get("pdf.summary.pulse"), signs.heartRate() + " /min"), new Field(Messages.get("pdf.summary.respRate"), signs.respiratoryRate() + " /min"),
                new Field(Messages.get("pdf.summary.temperature"), SummaryText.temperature(signs.temperatureC())), new Field(Messages.get("pdf.summary.spo2"), spo2)),
                TextStyle.BODY, TINT);
        List<Field> more = new ArrayList<>();
        more.add(new Field(Messages.get("pdf.summary.consciousness"), SummaryText.consciousness(signs.consciousness())));
        if (signs.weightKg() != null) {
            more.add(new Field(Messages.get("pdf.summary.weight"), SummaryText.decimal(signs.weightKg()) + " kg"));
        }
        if (signs.heightCm() != null) {
            more.add(new Field(Messages.get("pdf.summary.height"), SummaryText.decimal(signs.heightCm()) + " cm"));
        }
        signs.bmi().ifPresent(bmi -> more.add(new Field(Messages.get("pdf.summary.bmi"), SummaryText.decimal(bmi) + " kg/m²")));
        while (more.size() < 5) {
            more.add(new Field("", ""));
        }
        FieldGrid.row(canvas, more, TextStyle.BODY, TINT);
        canvas.down(6);
        news2(v.news2());
    }

    private void news2(News2Score score) throws IOException {
        Color colour = bandColour(score.response());
        List<String> red = new ArrayList<>();
        for (Map.Entry<String, Integer> e : score.points().entrySet()) {
            if (e.getValue() == 3) {
                red.add(org.clinicdesk.core.vitals.News2Parameter.label(e.getKey()));
            }
        }
        String detail = red.isEmpty() ? score.response().description()
                : Messages.get("pdf.summary.news2.redFlag", score.response().description(), String.join(", ", red));
        canvas.keep(TextStyle.BODY_BOLD.leading() * 2 + 4);
        float top = canvas.y();
        String title = Messages.get("pdf.summary.news2", score.total(), SummaryText.band(score.response()));
        int lines = canvas.wrap(detail, TextStyle.BODY, canvas.width() - 14).size();
        canvas.box(canvas.left(), top, 3.5f, TextStyle.BODY_BOLD.leading() + lines * TextStyle.BODY.leading(), colour);
        canvas.paragraph(title, TextStyle.BODY_BOLD.colored(colour), canvas.left() + 12, canvas.width() - 12);
        canvas.paragraph(detail, TextStyle.BODY, canvas.left() + 12, canvas.width() - 12);
    }

    private static Color bandColour(ClinicalResponse response) {
        switch (response) {
            case LOW_MEDIUM:
                return new Color(0xA8, 0x6A, 0x00);
            case MEDIUM:
                return new Color(0xC4, 0x4D, 0x00);
            case HIGH:
                return TextStyle.ALERT;
            default:
                return new Color(0x2E, 0x7D, 0x32);
        }
    }

    private void note() throws IOException {
        NoteContent note = s.currentNote();
        heading(Messages.get(s.amendments().isEmpty() ? "pdf.summary.note" : "pdf.summary.noteAmended"), 50);
        part(Messages.get("pdf.summary.subjective"), note.text().subjective());
        part(Messages.get("pdf.summary.objective"), note.text().objective());
        part(Messages.get("pdf.summary.assessment"), note.text().assessment());
        part(Messages.get("pdf.summary.plan"), note.text().plan());
    }

    private void part(String label, String text) throws IOException {
        canvas.keep(TextStyle.BODY.leading() * 2);
        float baseline = canvas.y() - TextStyle.BODY.leading() + TextStyle.BODY.size() * 0.3f;
        canvas.draw(label, TextStyle.BODY_BOLD.colored(TextStyle.MUTED), canvas.left(), baseline);
        String shown = text.isBlank() ? "—" : text;
        canvas.paragraph(shown, TextStyle.BODY, canvas.left() + LABEL_COLUMN, canvas.width() - LABEL_COLUMN);
        canvas.down(5);
    }

    private void diagnoses() throws IOException {
        List<Diagnosis> list = s.currentNote().diagnoses();
        if (list.isEmpty()) {
            return;
        }
        heading(Messages.get("pdf.summary.diagnoses"), 40);
        for (int i = 0; i < list.size(); i++) {
            numbered(i + 1, SummaryText.diagnosis(list.get(i)), TextStyle.BODY);
        }
    }

    private void prescriptions() throws IOException {
        List<Prescription> list = s.currentNote().prescriptions();
        if (list.isEmpty()) {
            return;
        }
        heading(Messages.get("pdf.summary.prescriptions"), 60);
        for (int i = 0; i < list.size(); i++) {
            Prescription p = list.get(i);
            canvas.keep(TextStyle.BODY.leading() * 2);
            numbered(i + 1, SummaryText.medicine(p), TextStyle.BODY_BOLD);
            float x = canvas.left() + NUMBER_COLUMN;
            canvas.paragraph(SummaryText.directions(p), TextStyle.BODY, x, canvas.width() - NUMBER_COLUMN);
            if (!p.instructions().isEmpty()) {
                canvas.paragraph(p.instructions(), TextStyle.BODY.colored(TextStyle.MUTED), x,
                        canvas.width() - NUMBER_COLUMN);
            }
            canvas.down(5);
        }
    }

    private void amendments() throws IOException {
        List<Amendment> list = s.amendments();
        if (list.isEmpty()) {
            return;
        }
        heading(Messages.get("pdf.summary.amendments"), 60);
        NoteContent before = s.signedNote();
        for (int i = 0; i < list.size(); i++) {
            Amendment a = list.get(i);
            canvas.keep(TextStyle.BODY.leading() * 3);
            numbered(i + 1, SummaryText.time(a.at(), s.zone()) + " · " + a.author(), TextStyle.BODY_BOLD);
            float x = canvas.left() + NUMBER_COLUMN;
            canvas.paragraph(Messages.get("pdf.summary.reason", a.reason()), TextStyle.BODY, x, canvas.width() - NUMBER_COLUMN);
            canvas.paragraph(Messages.get("pdf.summary.changed", SummaryText.changes(before, a.content())),
                    TextStyle.BODY.colored(TextStyle.MUTED), x, canvas.width() - NUMBER_COLUMN);
            canvas.down(5);
            before = a.content();
        }
    }

    private void overriddenFlags() throws IOException {
        List<VisitSummary.OverriddenFlag> list = s.overriddenFlags();
        if (list.isEmpty()) {
            return;
        }
        heading(Messages.get("pdf.summary.overridden"), 60);
        for (int i = 0; i < list.size(); i++) {
            VisitSummary.OverriddenFlag f = list.get(i);
            canvas.keep(TextStyle.BODY.leading() * 3);
            numbered(i + 1, f.flag(), TextStyle.BODY_BOLD);
            canvas.paragraph(Messages.get("pdf.summary.overrideReason", f.reason(), f.by(), SummaryText.time(f.at(), s.zone())),
                    TextStyle.BODY, canvas.left() + NUMBER_COLUMN, canvas.width() - NUMBER_COLUMN);
            canvas.down(5);
        }
    }

    private void followUp() throws IOException {
        if (s.followUp().isEmpty()) {
            return;
        }
        heading(Messages.get("pdf.summary.followUp"), 20);
        canvas.paragraph(Messages.get("pdf.summary.comeBack", SummaryText.date(s.followUp().get())), TextStyle.BODY_BOLD,
                canvas.left(), canvas.width());
        String reason = s.currentNote().followUpReason();
        if (!reason.isEmpty()) {
            canvas.paragraph(Messages.get("pdf.summary.reason", reason), TextStyle.BODY, canvas.left(), canvas.width());
        }
    }

    private void signature() throws IOException {
        canvas.keep(84);
        canvas.down(22);
        canvas.rule(canvas.left(), canvas.y(), 200, 0.6f, TextStyle.INK);
        canvas.down(3);
        if (s.doctorDetails().isPresent()) {
            var d = s.doctorDetails().get();
            canvas.paragraph(d.nameWithQualification(), TextStyle.BODY_BOLD, canvas.left(), canvas.width());
            canvas.paragraph(Messages.get("pdf.summary.registration", d.registration(), s.doctor()), TextStyle.SMALL,
                    canvas.left(), canvas.width());
        } else {
            canvas.paragraph(Messages.get("pdf.summary.signedBy", s.doctor()), TextStyle.BODY_BOLD, canvas.left(), canvas.width());
        }
        canvas.paragraph(SummaryText.localTime(s.signedAt(), s.zone()), TextStyle.SMALL, canvas.left(),
                canvas.width());
        canvas.paragraph(Messages.get("pdf.summary.immutable"),
                TextStyle.SMALL, canvas.left(), canvas.width());
    }

    private void numbered(int n, String text, TextStyle style) throws IOException {
        canvas.keep(style.leading());
        float baseline = canvas.y() - style.leading() + style.size() * 0.3f;
        canvas.draw(n + ".", style.colored(TextStyle.MUTED), canvas.left(), baseline);
        canvas.paragraph(text, style, canvas.left() + NUMBER_COLUMN, canvas.width() - NUMBER_COLUMN);
    }

    /** A section title with a hairline, kept together with at least {@code following} points of what follows. */
    private void heading(String title, float following) throws IOException {
        canvas.keep(TextStyle.HEADING.leading() + 12 + following);
        canvas.down(12);
        canvas.paragraph(title, TextStyle.HEADING, canvas.left(), canvas.width());
        canvas.rule(canvas.left(), canvas.y() - 1, canvas.width(), 0.5f, RULE);
        canvas.down(6);
    }
}
