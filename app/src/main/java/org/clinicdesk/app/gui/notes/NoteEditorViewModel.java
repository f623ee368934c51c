package org.clinicdesk.app.gui.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.DialogService;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.notes.ObjectiveText;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.flags.UnansweredFlagsException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.core.vitals.Vitals;

/**
 * The SOAP note editor: a draft saved in the background every few seconds while it changes (so a crash loses at most
 * that much typing), signed by a doctor, then read-only; a correction is an amendment with a reason.
 */
public final class NoteEditorViewModel {
    /** How often the draft is saved while it changes. */
    public static final Duration AUTOSAVE_PERIOD = Duration.ofSeconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StringProperty subjective = new SimpleStringProperty("");
    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty assessment = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final ObservableList<Diagnosis> diagnoses = FXCollections.observableArrayList();
    private final ObservableList<Prescription> prescriptions = FXCollections.observableArrayList();
    private final ObjectProperty<java.time.LocalDate> followUp = new SimpleObjectProperty<>();
    private final StringProperty followUpReason = new SimpleStringProperty("");
    private final StringProperty diagnosisText = new SimpleStringProperty("");
    private final StringProperty diagnosisSystem = new SimpleStringProperty();
    private final StringProperty diagnosisCode = new SimpleStringProperty("");
    private final StringProperty diagnosisError = new SimpleStringProperty("");
    private final PrescriptionInput prescriptionInput = new PrescriptionInput(prescriptions);
    private final DiagnosisSearch diagnosisSearch;
    private final ObjectProperty<EditorMode> mode = new SimpleObjectProperty<>(EditorMode.DRAFT);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty allergies = new SimpleStringProperty("");
    private final BooleanBinding editable = Bindings.createBooleanBinding(() -> mode.get() != EditorMode.SIGNED, mode);
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Patient patient;
    private final Clock clock;
    private final Runnable onRecordChanged;
    private UUID noteId;
    private String amendReason = "";
    private boolean loading;
    private long version;
    private long savedVersion;
    private final ObservableList<org.clinicdesk.core.flags.ClinicalFlag> lineFlags = FXCollections.observableArrayList();
    private long lineCheck;

    public NoteEditorViewModel(Session session, TaskExecutor executor, DialogService dialogs, Patient patient,
                               Optional<ChartNote> note, Optional<Vitals> latestVitals, Clock clock,
                               Runnable onRecordChanged) {
        this.session = session;
        this.executor = executor;
        this.diagnosisSearch = new DiagnosisSearch(diagnosisText, executor);
        this.dialogs = dialogs;
        this.patient = patient;
        allergies.set(Messages.get("chart.allergies", org.clinicdesk.core.patient.Allergies.describe(patient.allergies())));
        this.clock = clock;
        this.onRecordChanged = onRecordChanged;
        for (Observable o : List.of(subjective, objective, assessment, plan, diagnoses, prescriptions, followUp,
                followUpReason)) {
            o.addListener(x -> changed());
        }
        prescriptionInput.lineProperty().addListener((o, old, line) -> checkLine(line));
        if (note.isPresent()) {
            SoapNote n = note.get().note();
            noteId = n.id();
            show(note.get().current());
            mode.set(n.isSigned() ? EditorMode.SIGNED : EditorMode.DRAFT);
            status.set(n.isSigned() ? signedText(n.signedBy(), n.signedAt())
                    : Messages.get("note.draftRestored", time(n.updatedAt())));
        } else {
            latestVitals.ifPresent(v -> {
                loading = true;
                objective.set(ObjectiveText.fromVitals(v));
                loading = false;
            });
        }
    }

    /**
     * The flags the prescription line being typed would add (with the note's other prescriptions), checked off the FX
     * thread after each keystroke; a later keystroke's answer replaces an earlier one, a line that does not parse yet
     * shows none.
     */
    private void checkLine(String line) {
        long check = ++lineCheck;
        Optional<Prescription> typed = Optional.empty();
        if (line != null && !line.isBlank() && mode.get() != EditorMode.SIGNED) {
            try {
                typed = Optional.of(org.clinicdesk.core.notes.PrescriptionParser.parse(line));
            } catch (org.clinicdesk.core.common.ValidationException e) {
                typed = Optional.empty();
            }
        }
        if (typed.isEmpty()) {
            lineFlags.clear();
            return;
        }
        List<Prescription> others = List.copyOf(prescriptions);
        List<Prescription> withLine = new java.util.ArrayList<>(others);
        withLine.add(typed.get());
        String uhid = patient.uhid().value();
        BackgroundTask.wrap(() -> {
                    var flags = session.services().flags();
                    java.util.Set<String> before = new java.util.HashSet<>();
                    flags.withPrescriptions(session.actor(), uhid, others).flags().forEach(f -> before.add(f.key()));
                    return flags.withPrescriptions(session.actor(), uhid, withLine).flags().stream()
                            .filter(f -> !before.contains(f.key())).toList();
                })
                .onSuccess(found -> {
                    if (check == lineCheck) {
                        lineFlags.setAll(found);
                    }
                })
                .onFailure(e -> {
                    if (check == lineCheck) {
                        lineFlags.clear();
                    }
                })
                .executeWith(executor);
    }

    /** The flags the line being typed would add: the card under the line. */
    public ObservableList<org.clinicdesk.core.flags.ClinicalFlag> lineFlags() {
        return lineFlags;
    }

    private void changed() {
        if (!loading && mode.get() != EditorMode.SIGNED) {
            version++;
        }
    }

    private void show(NoteContent content) {
        loading = true;
        subjective.set(content.text().subjective());
        objective.set(content.text().objective());
        assessment.set(content.text().assessment());
        plan.set(content.text().plan());
        diagnoses.setAll(content.diagnoses());
        prescriptions.setAll(content.prescriptions());
        followUp.set(content.followUpDate());
        followUpReason.set(content.followUpReason());
        loading = false;
    }

    public NoteContent content() {
        return new NoteContent(new SoapText(subjective.get(), objective.get(), assessment.get(), plan.get()),
                List.copyOf(diagnoses), List.copyOf(prescriptions), followUp.get(), followUpReason.get());
    }

    /** The quick follow-up spans of the editor, as doctors say them. */
    public enum FollowUpSpan {
        DAYS_3(java.time.Period.ofDays(3)), WEEK_1(java.time.Period.ofWeeks(1)), WEEKS_2(java.time.Period.ofWeeks(2)),
        MONTH_1(java.time.Period.ofMonths(1));

        private final java.time.Period span;

        FollowUpSpan(java.time.Period span) {
            this.span = span;
        }

        public String key() {
            return "note.followUp." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** The follow-up day the note asks for (null when none); signing books the patient onto that day's list. */
    public ObjectProperty<java.time.LocalDate> followUpProperty() {
        return followUp;
    }

    /** Why the patient is asked back ("review BP"); shown on the board beside the booked entry. */
    public StringProperty followUpReasonProperty() {
        return followUpReason;
    }

    public void followUpIn(FollowUpSpan span) {
        followUp.set(today().plus(span.span));
    }

    /** Today at this desk, in the clinic's zone (the queue's days). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.systemDefault()));
    }

    /** Saves the draft off the FX thread when it changed since the last save; called every few seconds. */
    public void autosave() {
        if (mode.get() != EditorMode.DRAFT || version == savedVersion || busy.get() || content().isEmpty()) {
            return;
        }
        long saving = version;
        NoteContent content = content();
        BackgroundTask.wrap(() -> store(content))
                .showingProgressIn(busy)
                .onSuccess(n -> {
                    boolean first = noteId == null;
                    noteId = n.id();
                    savedVersion = Math.max(savedVersion, saving);
                    status.set(Messages.get("note.draftSaved", time(n.updatedAt())));
                    if (first) {
                        // the chart learns of the new draft, so "Write note" reopens it rather than starting another
                        onRecordChanged.run();
                    }
                })
                .onFailure(e -> status.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private SoapNote store(NoteContent content) {
        NoteService notes = session.services().notes();
        return noteId == null ? notes.draft(session.actor(), patient, content)
                : notes.updateDraft(session.actor(), noteId, content);
    }

    private Runnable afterSigning = () -> { };

    /** What follows a signature (the shell offers to complete the visit). */
    public void afterSigning(Runnable action) {
        this.afterSigning = action;
    }

    /** Saves what is on screen and signs it in one background step; only offered to doctors, core checks anyway. */
    public void sign() {
        if (mode.get() != EditorMode.DRAFT || busy.get()) {
            return;
        }
        NoteContent content = content();
        if (content.isEmpty()) {
            status.set(Messages.get("note.empty"));
            return;
        }
        signWith(content, Optional.empty());
    }

    /**
     * Signs in one transaction with the flags' signing rule: when high-severity flags about medicines stand
     * unanswered, the doctor is asked for an override reason; without one the note stays a draft.
     */
    private void signWith(NoteContent content, Optional<String> override) {
        long signing = version;
        BackgroundTask.wrap(() -> session.services().store().context().tx().inTransaction(() -> {
                    session.services().flags().beforeSigning(session.actor(), patient.uhid().value(),
                            content.prescriptions(), override);
                    return session.services().notes().sign(session.actor(), store(content).id());
                }))
                .showingProgressIn(busy)
                .onSuccess(n -> {
                    noteId = n.id();
                    savedVersion = signing;
                    mode.set(EditorMode.SIGNED);
                    status.set(signedText(n.signedBy(), n.signedAt()));
                    onRecordChanged.run();
                    afterSigning.run();
                })
                .onFailure(e -> {
                    if (e instanceof UnansweredFlagsException refused && override.isEmpty()) {
                        Optional<String> reason = dialogs.askText(Messages.get("note.flags.title"), refused.listing())
                                .map(String::strip).filter(r -> !r.isEmpty());
                        if (reason.isPresent()) {
                            signWith(content, reason);
                            return;
                        }
                        status.set(Messages.get("note.flags.notSigned", refused.flags().size()));
                        return;
                    }
                    status.set(ErrorText.of(e));
                })
                .executeWith(executor);
    }

    /** Asks for the reason first; without one the note stays as signed. */
    public void startAmendment() {
        if (mode.get() != EditorMode.SIGNED || !mayAmend()) {
            return;
        }
        Optional<String> reason = dialogs.askText(Messages.get("note.amend.title"), Messages.get("note.amend.prompt"))
                .map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
            status.set(Messages.get("note.amend.noReason"));
            return;
        }
        amendReason = reason.get();
        mode.set(EditorMode.AMENDING);
        status.set(Messages.get("note.amend.writing", amendReason));
    }

    public void saveAmendment() {
        if (mode.get() != EditorMode.AMENDING || busy.get()) {
            return;
        }
        NoteContent corrected = content();
        String reason = amendReason;
        BackgroundTask.wrap(() -> session.services().notes().amend(session.actor(), noteId, reason, corrected))
                .showingProgressIn(busy)
                .onSuccess(a -> {
                    mode.set(EditorMode.SIGNED);
                    status.set(Messages.get("note.amended", a.author(), time(a.at()), a.reason()));
                    onRecordChanged.run();
                })
                .onFailure(e -> status.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Drops the correction being written and shows the note as it stands. */
    public void cancelAmendment() {
        if (mode.get() != EditorMode.AMENDING) {
            return;
        }
        BackgroundTask.wrap(() -> {
                    NoteService notes = session.services().notes();
                    return notes.currentContent(notes.read(session.actor(), noteId));
                })
                .onSuccess(c -> {
                    mode.set(EditorMode.SIGNED);
                    show(c);
                    status.set(Messages.get("note.amend.cancelled"));
                })
                .onFailure(e -> status.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public DiagnosisSearch diagnosisSearch() {
        return diagnosisSearch;
    }

    /** Adds the chosen ICD-10-CM entry as a coded diagnosis and clears what was typed. */
    public void chooseDiagnosis(org.clinicdesk.core.icd.Icd10Entry entry) {
        if (mode.get() == EditorMode.SIGNED) {
            return;
        }
        diagnosisError.set("");
        diagnoses.add(entry.asDiagnosis());
        diagnosisSearch.silently(() -> {
            diagnosisText.set("");
            diagnosisCode.set("");
        });
    }

    public boolean addDiagnosis() {
        diagnosisError.set("");
        try {
            diagnoses.add(new Diagnosis(diagnosisText.get(), diagnosisSystem.get(), diagnosisCode.get()));
            diagnosisText.set("");
            diagnosisCode.set("");
            return true;
        } catch (ValidationException e) {
            diagnosisError.set(e.reason());
            return false;
        }
    }

    private String signedText(String by, Instant at) {
        return Messages.get("note.signedBy", by, time(at));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    public boolean maySign() {
        return session.actor().may(Permission.SIGN_NOTES);
    }

    public boolean mayAmend() {
        return session.actor().may(Permission.AMEND_NOTES);
    }

    /** Whether everything typed has reached the store (no autosave pending). */
    public boolean saved() {
        return version == savedVersion;
    }

    public Optional<UUID> noteId() {
        return Optional.ofNullable(noteId);
    }

    /** The allergy line of the editor's header, in the chart's and the PDF's words. */
    public StringProperty allergiesProperty() {
        return allergies;
    }

    public boolean mayRecordAllergies() {
        return session.actor().may(org.clinicdesk.core.users.Permission.RECORD_ALLERGIES);
    }

    /** Asks for the allergies (shown as recorded) and records them; "NKA" records that none are known. */
    public void editAllergies() {
        if (!mayRecordAllergies()) {
            return;
        }
        String current = allergiesList == null ? String.join(", ", patient.allergies()) : allergiesList;
        dialogs.askText(Messages.get("note.allergies.title", patient.name().full()), Messages.get("note.allergies.prompt"),
                current).ifPresent(typed -> BackgroundTask.wrap(() -> session.services().patients()
                        .recordAllergies(session.actor(), patient.uhid(), typed))
                .onSuccess(p -> {
                    allergiesList = String.join(", ", p.allergies());
                    allergies.set(Messages.get("chart.allergies", org.clinicdesk.core.patient.Allergies.describe(p.allergies())));
                    onRecordChanged.run();
                })
                .onFailure(e -> status.set(ErrorText.of(e)))
                .executeWith(executor));
    }

    private String allergiesList;

    public Patient patient() {
        return patient;
    }

    public StringProperty subjectiveProperty() {
        return subjective;
    }

    public StringProperty objectiveProperty() {
        return objective;
    }

    public StringProperty assessmentProperty() {
        return assessment;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public ObservableList<Diagnosis> diagnoses() {
        return diagnoses;
    }

    public ObservableList<Prescription> prescriptions() {
        return prescriptions;
    }

    public StringProperty diagnosisTextProperty() {
        return diagnosisText;
    }

    public StringProperty diagnosisSystemProperty() {
        return diagnosisSystem;
    }

    public StringProperty diagnosisCodeProperty() {
        return diagnosisCode;
    }

    public StringProperty diagnosisErrorProperty() {
        return diagnosisError;
    }

    public PrescriptionInput prescriptionInput() {
        return prescriptionInput;
    }

    public ObjectProperty<EditorMode> modeProperty() {
        return mode;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
