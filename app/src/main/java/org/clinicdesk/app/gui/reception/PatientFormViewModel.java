package org.clinicdesk.app.gui.reception;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.AbhaNumber;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.DuplicateCandidate;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;

/**
 * Registering or editing a patient. Every field is checked on save and a refused field gets its reason beside it;
 * a new patient who looks like a registered one is only saved after the desk has seen the likely duplicates.
 */
public final class PatientFormViewModel {
    private final Map<PatientField, StringProperty> values = new EnumMap<>(PatientField.class);
    private final Map<PatientField, StringProperty> errors = new EnumMap<>(PatientField.class);
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty duplicatesShown = new SimpleBooleanProperty();
    private final FormMode mode;
    private final Patient editing;
    private final Session session;
    private final TaskExecutor executor;
    private final Consumer<Patient> onSaved;
    private Consumer<Patient> onExistingChosen;
    private final Supplier<LocalDate> today;
    private final DateOfBirthFormat dobFormat;
    /** The date of birth as the edit form showed it: kept as it was (an estimate too) unless the desk retypes it. */
    private String dobShown = "";

    private PatientFormViewModel(FormMode mode, Patient editing, Session session, TaskExecutor executor,
                                 Consumer<Patient> onSaved) {
        this.mode = mode;
        this.editing = editing;
        this.session = session;
        this.executor = executor;
        this.onSaved = onSaved;
        this.onExistingChosen = onSaved;
        this.today = LocalDate::now;
        this.dobFormat = DateOfBirthFormat.of(session.services().dateOrder());
        for (PatientField f : PatientField.values()) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
            // Typing in a field again means the desk is fixing it: the old reason and the duplicate check go.
            values.get(f).addListener((obs, old, now) -> {
                errors.get(f).set("");
                duplicatesShown.set(false);
                duplicates.clear();
            });
        }
    }

    public static PatientFormViewModel register(Session session, TaskExecutor executor, Consumer<Patient> onSaved) {
        return new PatientFormViewModel(FormMode.REGISTER, null, session, executor, onSaved);
    }

    public static PatientFormViewModel edit(Patient patient, Session session, TaskExecutor executor,
                                            Consumer<Patient> onSaved) {
        PatientFormViewModel vm = new PatientFormViewModel(FormMode.EDIT, patient, session, executor, onSaved);
        vm.value(PatientField.NAME).set(patient.name().full());
        vm.dobShown = vm.dobFormat.format(patient.dateOfBirth(), vm.today.get());
        vm.value(PatientField.DOB).set(vm.dobShown);
        vm.value(PatientField.SEX).set(patient.sex().name());
        vm.value(PatientField.PHONE).set(patient.phoneNumber().map(PhoneNumber::value).orElse(""));
        vm.value(PatientField.ADDRESS).set(patient.address());
        vm.value(PatientField.ALLERGIES).set(String.join(", ", patient.allergies()));
        var more = patient.particulars();
        more.relativeOf().ifPresent(r -> {
            vm.value(PatientField.RELATION).set(r.relation().name());
            vm.value(PatientField.RELATIVE).set(r.name());
        });
        vm.value(PatientField.VILLAGE).set(more.village());
        vm.value(PatientField.DISTRICT).set(more.district());
        vm.value(PatientField.STATE).set(more.state());
        vm.value(PatientField.PIN).set(more.pin());
        vm.value(PatientField.ABHA).set(more.abhaNumber().map(AbhaNumber::formatted).orElse(""));
        return vm;
    }

    /** Checks every field, not only the first bad one, so the desk sees all the reasons at once. */
    public Optional<PatientDetails> validate() {
        errors.values().forEach(e -> e.set(""));
        message.set("");
        LocalDate day = today.get();
        PersonName name = check(PatientField.NAME, () -> PersonName.parse(text(PatientField.NAME)));
        DateOfBirth dob = check(PatientField.DOB, () -> mode == FormMode.EDIT && text(PatientField.DOB).equals(dobShown)
                ? editing.dateOfBirth()
                : DateOfBirth.parse(text(PatientField.DOB), session.services().dateOrder(), day));
        Sex sex = check(PatientField.SEX, () -> Sex.parse(text(PatientField.SEX)));
        String phoneText = text(PatientField.PHONE);
        PhoneNumber phone = phoneText.isBlank() ? null : check(PatientField.PHONE,
                () -> PhoneNumber.parse(phoneText, session.services().patients().phoneRegion()));
        List<String> allergies = check(PatientField.ALLERGIES,
                () -> PatientDetails.splitAllergies(text(PatientField.ALLERGIES)));
        Particulars particulars = particulars();
        PatientDetails details = check(PatientField.ADDRESS, () -> new PatientDetails(
                Optional.ofNullable(name).orElse(new PersonName("x", "")),
                Optional.ofNullable(dob).orElse(new DateOfBirth(day, false)),
                Optional.ofNullable(sex).orElse(Sex.O), phone, text(PatientField.ADDRESS), allergies, particulars));
        boolean anyError = errors.values().stream().anyMatch(e -> !e.get().isEmpty());
        if (anyError || details == null) {
            message.set(Messages.get("form.fixFields"));
            return Optional.empty();
        }
        return Optional.of(details);
    }

    /** Each particular checked on its own, so every bad one shows its reason at once. */
    private Particulars particulars() {
        String relation = text(PatientField.RELATION);
        String relative = text(PatientField.RELATIVE);
        Particulars.Input in = new Particulars.Input(relation, relative, text(PatientField.VILLAGE),
                text(PatientField.DISTRICT), text(PatientField.STATE), text(PatientField.PIN), text(PatientField.ABHA));
        check(PatientField.ABHA, () -> Particulars.fromInput(new Particulars.Input("", "", "", "", "", "", in.abha())));
        check(PatientField.STATE, () -> Particulars.fromInput(new Particulars.Input("", "", "", "", in.state(), "", "")));
        check(PatientField.PIN, () -> Particulars.fromInput(new Particulars.Input("", "", "", "", "", in.pin(), "")));
        check(PatientField.RELATIVE, () -> Particulars.fromInput(new Particulars.Input(relation, relative, "", "", "", "", "")));
        return check(PatientField.VILLAGE, () -> Particulars.fromInput(in));
    }

    /** Where "Use this patient" goes: the desk carries on with a patient registered before. */
    public void onExistingChosen(Consumer<Patient> action) {
        this.onExistingChosen = action;
    }

    /** The desk recognised the person among the likely duplicates: nobody new is registered. */
    public void useExisting(DuplicateCandidate candidate) {
        if (!busy.get()) {
            onExistingChosen.accept(candidate.patient());
        }
    }

    /** Registers although likely duplicates were shown: only from a deliberate click on Register anyway. */
    public void registerAnyway() {
        if (busy.get() || !duplicatesShown.get()) {
            return;
        }
        validate().ifPresent(this::registerNow);
    }

    /** Save, or Enter: with likely duplicates shown it takes the first of them instead of registering anyone. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Optional<PatientDetails> checked = validate();
        if (checked.isEmpty()) {
            return;
        }
        PatientDetails details = checked.get();
        if (mode == FormMode.EDIT) {
            BackgroundTask.wrap(() -> session.services().patients().edit(session.actor(), editing.uhid(), details))
                    .showingProgressIn(busy)
                    .onSuccess(onSaved)
                    .onFailure(this::refused)
                    .executeWith(executor);
            return;
        }
        if (duplicatesShown.get()) {
            useExisting(duplicates.get(0));
            return;
        }
        BackgroundTask.wrap(() -> session.services().patients().likelyDuplicates(session.actor(), details))
                .showingProgressIn(busy)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        registerNow(details);
                    } else {
                        duplicates.setAll(found);
                        duplicatesShown.set(true);
                        message.set(Messages.get("form.duplicatesFound", found.size()));
                    }
                })
                .onFailure(this::refused)
                .executeWith(executor);
    }

    private void registerNow(PatientDetails details) {
        BackgroundTask.wrap(() -> session.services().patients().register(session.actor(), details))
                .showingProgressIn(busy)
                .onSuccess(onSaved)
                .onFailure(this::refused)
                .executeWith(executor);
    }

    private void refused(Exception e) {
        if (e instanceof ValidationException v) {
            PatientField.byCoreName(v.field()).ifPresent(f -> errors.get(f).set(fieldError(f, v.reason())));
        }
        message.set(ErrorText.of(e));
    }

    /** One candidate as the warning lists it. */
    public String describe(DuplicateCandidate c) {
        Patient p = c.patient();
        return Messages.get("form.duplicate", p.uhid().value(), p.name().full(),
                dobFormat.format(p.dateOfBirth(), today.get()),
                p.phoneNumber().map(PhoneNumber::value).orElse("-"), String.join(", ", c.reasons()));
    }

    private <T> T check(PatientField field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            PatientField target = PatientField.byCoreName(e.field()).orElse(field);
            errors.get(target).set(fieldError(target, e.reason()));
            return null;
        }
    }

    private static String fieldError(PatientField field, String reason) {
        return Messages.get("form.fieldError", Messages.get(field.labelKey()), reason);
    }

    private String text(PatientField field) {
        String v = values.get(field).get();
        return v == null ? "" : v;
    }

    /** The hint in the empty date-of-birth field, in the clinic's date order. */
    public String dobPrompt() {
        return Messages.get("form.dob.prompt." + session.services().dateOrder().name());
    }

    public StringProperty value(PatientField field) {
        return values.get(field);
    }

    public StringProperty error(PatientField field) {
        return errors.get(field);
    }

    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    public BooleanProperty duplicatesShownProperty() {
        return duplicatesShown;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FormMode mode() {
        return mode;
    }
}
