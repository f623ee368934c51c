package org.clinicdesk.app.gui.vitals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.News2;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;

/**
 * Vitals at triage: each typed value is checked against core's physiological limits as it is typed (the message
 * stands beside the field), and NEWS2 with its red flag and response band is worked out live once all seven
 * observations are there. Saving records the vitals off the FX thread; a form with errors stores nothing.
 */
public final class VitalsFormViewModel {
    private final Map<VitalsField, StringProperty> values = new EnumMap<>(VitalsField.class);
    private final Map<VitalsField, StringProperty> errors = new EnumMap<>(VitalsField.class);
    private final ObjectProperty<TemperatureUnit> unit = new SimpleObjectProperty<>(TemperatureUnit.CELSIUS);
    private final ObjectProperty<SpO2Scale> scale = new SimpleObjectProperty<>(SpO2Scale.SCALE_1);
    private final BooleanProperty oxygen = new SimpleBooleanProperty();
    private final ObjectProperty<Acvpu> acvpu = new SimpleObjectProperty<>(Acvpu.A);
    private final ObjectProperty<News2Score> news2 = new SimpleObjectProperty<>();
    private final StringProperty news2Text = new SimpleStringProperty();
    private final StringProperty responseText = new SimpleStringProperty();
    private final StringProperty bmiText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    /** Set when a reading was just stored and the form emptied: Enter again must not store anything. */
    private final BooleanProperty justSaved = new SimpleBooleanProperty();
    private final ObjectProperty<TemperatureUnit> unitGuess = new SimpleObjectProperty<>();
    private final Session session;
    private final TaskExecutor executor;
    private final Patient patient;
    private final Consumer<Vitals> onSaved;

    public VitalsFormViewModel(Session session, TaskExecutor executor, Patient patient, Consumer<Vitals> onSaved) {
        this.session = session;
        this.executor = executor;
        this.patient = patient;
        this.onSaved = onSaved;
        for (VitalsField f : VitalsField.values()) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
            values.get(f).addListener((Observable o) -> recheck());
            values.get(f).addListener((o, old, now) -> {
                if (now != null && !now.isBlank()) {
                    justSaved.set(false);
                }
            });
        }
        // "130/84" typed as the systolic pressure is the whole reading: it fills both fields.
        values.get(VitalsField.SBP).addListener((o, old, now) -> splitBloodPressure(now));
        unit.addListener((Observable o) -> recheck());
        scale.addListener((Observable o) -> recheck());
        oxygen.addListener((Observable o) -> recheck());
        acvpu.addListener((Observable o) -> recheck());
        recheck();
    }

    private void splitBloodPressure(String typed) {
        java.util.regex.Matcher bp = BLOOD_PRESSURE.matcher(typed == null ? "" : typed.strip());
        if (bp.matches()) {
            Runnable split = () -> {
                values.get(VitalsField.SBP).set(bp.group(1));
                values.get(VitalsField.DBP).set(bp.group(2));
            };
            // In the window the field is still handling the keystroke: split once it is done.
            if (javafx.application.Platform.isFxApplicationThread()) {
                javafx.application.Platform.runLater(split);
            } else {
                split.run();
            }
        }
    }

    private static final java.util.regex.Pattern BLOOD_PRESSURE =
            java.util.regex.Pattern.compile("(\\d{2,3})\\s*/\\s*(\\d{2,3})");

    /** Every keystroke: field messages, BMI and NEWS2 follow what is typed. */
    private void recheck() {
        for (VitalsField f : VitalsField.values()) {
            errors.get(f).set(fieldError(f).orElse(""));
        }
        unitGuess.set(otherUnitFits().orElse(null));
        if (unitGuess.get() != null) {
            errors.get(VitalsField.TEMP).set(Messages.get("vitals.unitGuess", errors.get(VitalsField.TEMP).get(),
                    values.get(VitalsField.TEMP).get().strip(), Messages.get("vitals.unit." + unitGuess.get().name())));
        }
        Optional<VitalSigns> signs = complete();
        news2.set(signs.map(News2::score).orElse(null));
        if (news2.get() == null) {
            news2Text.set(Messages.get("vitals.news2.pending"));
            responseText.set("");
        } else {
            news2Text.set(Messages.get(news2.get().redFlag() ? "vitals.news2.totalRedFlag" : "vitals.news2.total",
                    news2.get().total()));
            responseText.set(news2.get().response().description());
        }
        bmiText.set(bmi().map(b -> Messages.get("vitals.bmi", b)).orElse(""));
    }

    /** A temperature refused in the chosen unit that is an ordinary one in the other (100.4 in °C is 38 °C in °F). */
    private Optional<TemperatureUnit> otherUnitFits() {
        if (errors.get(VitalsField.TEMP).get().isEmpty()) {
            return Optional.empty();
        }
        try {
            double typed = Double.parseDouble(values.get(VitalsField.TEMP).get().strip().replace(',', '.'));
            TemperatureUnit other = unit.get() == TemperatureUnit.CELSIUS ? TemperatureUnit.FAHRENHEIT : TemperatureUnit.CELSIUS;
            double celsius = other.toCelsius(typed);
            return celsius >= 30 && celsius <= 43 ? Optional.of(other) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Takes the offered unit: the number stays as typed and is read in the other scale. */
    public void acceptUnitGuess() {
        if (unitGuess.get() != null) {
            unit.set(unitGuess.get());
        }
    }

    public ObjectProperty<TemperatureUnit> unitGuessProperty() {
        return unitGuess;
    }

    private Optional<String> fieldError(VitalsField f) {
        String typed = values.get(f).get().strip();
        if (typed.isEmpty() || f == VitalsField.SBP && BLOOD_PRESSURE.matcher(typed).matches()) {
            return Optional.empty();
        }
        Optional<Double> number = number(f);
        if (number.isEmpty()) {
            return Optional.of(Messages.get("vitals.notANumber", typed));
        }
        try {
            alone(f, number.get());
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.reason());
        }
    }

    /** Core's limits for one field, checked with ordinary values in the others, so the message is core's own. */
    private static void alone(VitalsField f, double v) {
        new VitalSigns(f == VitalsField.HR ? (int) Math.round(v) : 70, f == VitalsField.RR ? (int) Math.round(v) : 16,
                f == VitalsField.SBP ? (int) Math.round(v) : f == VitalsField.DBP ? 300 : 120, f == VitalsField.DBP ? (int) Math.round(v) : 30,
                f == VitalsField.TEMP ? v : 37.0, f == VitalsField.SPO2 ? (int) Math.round(v) : 98, SpO2Scale.SCALE_1,
                false, Acvpu.A, f == VitalsField.WEIGHT ? v : null, f == VitalsField.HEIGHT ? v : null);
    }

    private Optional<Double> number(VitalsField f) {
        String typed = values.get(f).get().strip().replace(',', '.');
        try {
            double v = Double.parseDouble(typed);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Optional.empty();
            }
            return Optional.of(f == VitalsField.TEMP ? unit.get().toCelsius(v) : v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Double> bmi() {
        Optional<Double> w = number(VitalsField.WEIGHT).filter(x -> errors.get(VitalsField.WEIGHT).get().isEmpty());
        Optional<Double> h = number(VitalsField.HEIGHT).filter(x -> errors.get(VitalsField.HEIGHT).get().isEmpty());
        if (w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        double m = h.get() / 100.0;
        return Optional.of(Math.round(w.get() / (m * m) * 10) / 10.0);
    }

    /** The whole reading when every required field holds an acceptable value, else empty. */
    private Optional<VitalSigns> complete() {
        for (VitalsField f : VitalsField.values()) {
            boolean empty = values.get(f).get().isBlank();
            if ((f.required() && empty) || !errors.get(f).get().isEmpty()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(build());
        } catch (ValidationException e) {
            field(e.field()).ifPresent(f -> errors.get(f).set(e.reason()));
            return Optional.empty();
        }
    }

    private VitalSigns build() {
        return new VitalSigns(whole(VitalsField.HR), whole(VitalsField.RR), whole(VitalsField.SBP),
                whole(VitalsField.DBP), number(VitalsField.TEMP).orElseThrow(), whole(VitalsField.SPO2), scale.get(),
                oxygen.get(), acvpu.get(), number(VitalsField.WEIGHT).orElse(null),
                number(VitalsField.HEIGHT).orElse(null));
    }

    private int whole(VitalsField f) {
        return (int) Math.round(number(f).orElseThrow());
    }

    private static Optional<VitalsField> field(String coreName) {
        for (VitalsField f : VitalsField.values()) {
            if (f.coreName().equals(coreName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Records the vitals; with a missing or refused value nothing is stored and the fields say why. */
    public void save() {
        if (saving.get() || justSaved.get()) {
            return;
        }
        for (VitalsField f : VitalsField.values()) {
            if (f.required() && values.get(f).get().isBlank()) {
                errors.get(f).set(Messages.get("vitals.required"));
            }
        }
        Optional<VitalSigns> signs = errors.values().stream().allMatch(e -> e.get().isEmpty()) ? complete()
                : Optional.empty();
        if (signs.isEmpty()) {
            message.set(Messages.get("form.fixFields"));
            return;
        }
        message.set("");
        BackgroundTask.wrap(() -> session.services().vitals().record(session.actor(), patient, signs.get()))
                .showingProgressIn(saving)
                .onSuccess(v -> {
                    reset();
                    justSaved.set(true);
                    message.set(Messages.get("vitals.saved", patient.name().full(), v.news2().total()));
                    onSaved.accept(v);
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Empties the form after a stored reading, so the next one starts clean (the unit and scale stay). */
    private void reset() {
        values.values().forEach(v -> v.set(""));
        oxygen.set(false);
        acvpu.set(Acvpu.A);
    }

    public StringProperty value(VitalsField f) {
        return values.get(f);
    }

    public StringProperty error(VitalsField f) {
        return errors.get(f);
    }

    public ObjectProperty<TemperatureUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<SpO2Scale> scaleProperty() {
        return scale;
    }

    public BooleanProperty oxygenProperty() {
        return oxygen;
    }

    public ObjectProperty<Acvpu> acvpuProperty() {
        return acvpu;
    }

    public ObjectProperty<News2Score> news2Property() {
        return news2;
    }

    public StringProperty news2TextProperty() {
        return news2Text;
    }

    public StringProperty responseTextProperty() {
        return responseText;
    }

    public StringProperty bmiTextProperty() {
        return bmiText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public Patient patient() {
        return patient;
    }
}
