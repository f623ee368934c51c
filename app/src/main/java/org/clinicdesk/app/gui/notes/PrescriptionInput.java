package org.clinicdesk.app.gui.notes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.PrescriptionParser;

/**
 * The plan's prescription entry: a whole line as doctors type it (read by {@link PrescriptionParser}) or the same
 * prescription field by field. A refused prescription is not added; the reason stands beside the field.
 */
public final class PrescriptionInput {
    private final StringProperty line = new SimpleStringProperty("");
    private final StringProperty lineError = new SimpleStringProperty("");
    private final Map<PrescriptionField, StringProperty> values = new EnumMap<>(PrescriptionField.class);
    private final Map<PrescriptionField, StringProperty> errors = new EnumMap<>(PrescriptionField.class);
    private final ObservableList<Prescription> target;

    PrescriptionInput(ObservableList<Prescription> target) {
        this.target = target;
        for (PrescriptionField f : PrescriptionField.values()) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
        }
    }

    /** Adds the typed line as one prescription; true when it was added. */
    public boolean addLine() {
        lineError.set("");
        try {
            target.add(PrescriptionParser.parse(line.get()));
            line.set("");
            return true;
        } catch (ValidationException e) {
            lineError.set(Messages.get("form.fieldError", e.field(), e.reason()));
            return false;
        }
    }

    /** Adds the prescription typed field by field; true when it was added. */
    public boolean addFields() {
        errors.values().forEach(e -> e.set(""));
        try {
            Prescription p = new Prescription(text(PrescriptionField.DRUG), text(PrescriptionField.STRENGTH),
                    text(PrescriptionField.FORM), text(PrescriptionField.ROUTE),
                    Frequency.parse(text(PrescriptionField.FREQUENCY)), duration(), text(PrescriptionField.INSTRUCTIONS));
            target.add(p);
            values.values().forEach(v -> v.set(""));
            return true;
        } catch (ValidationException e) {
            PrescriptionField field = PrescriptionField.of(e.field()).orElse(PrescriptionField.DRUG);
            errors.get(field).set(e.reason());
            return false;
        }
    }

    /** Takes a row out of the table into the fields, to be corrected and added again. */
    public void edit(Prescription p) {
        target.remove(p);
        values.get(PrescriptionField.DRUG).set(p.drug());
        values.get(PrescriptionField.STRENGTH).set(p.strength());
        values.get(PrescriptionField.FORM).set(p.form());
        values.get(PrescriptionField.ROUTE).set(p.route());
        values.get(PrescriptionField.FREQUENCY).set(p.frequency().name());
        values.get(PrescriptionField.DURATION).set(p.durationDays() == null ? "" : p.durationDays().toString());
        values.get(PrescriptionField.INSTRUCTIONS).set(p.instructions());
    }

    private Integer duration() {
        String typed = text(PrescriptionField.DURATION).replaceAll("(?i)\\s*days?$", "");
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw new ValidationException("duration", Messages.get("note.rx.durationNotDays", typed));
        }
    }

    private String text(PrescriptionField f) {
        return Optional.ofNullable(values.get(f).get()).orElse("").strip();
    }

    public StringProperty lineProperty() {
        return line;
    }

    public StringProperty lineErrorProperty() {
        return lineError;
    }

    public StringProperty value(PrescriptionField f) {
        return values.get(f);
    }

    public StringProperty error(PrescriptionField f) {
        return errors.get(f);
    }
}
