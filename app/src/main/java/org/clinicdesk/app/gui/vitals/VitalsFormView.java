package org.clinicdesk.app.gui.vitals;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;

/** The triage form for one patient; logic in {@link VitalsFormViewModel}. */
public final class VitalsFormView {
    private final VitalsFormViewModel model;
    private final Parent root;
    @FXML private Label heading;
    @FXML private TextField hr;
    @FXML private TextField rr;
    @FXML private TextField sbp;
    @FXML private TextField dbp;
    @FXML private TextField temp;
    @FXML private TextField spo2;
    @FXML private TextField weight;
    @FXML private TextField height;
    @FXML private Label hrError;
    @FXML private Label rrError;
    @FXML private Label sbpError;
    @FXML private Label dbpError;
    @FXML private Label tempError;
    @FXML private Label spo2Error;
    @FXML private Label weightError;
    @FXML private Label heightError;
    @FXML private ComboBox<TemperatureUnit> unit;
    @FXML private ComboBox<SpO2Scale> scale;
    @FXML private CheckBox oxygen;
    @FXML private ComboBox<Acvpu> acvpu;
    @FXML private Label bmi;
    @FXML private Label news2;
    @FXML private Label response;
    @FXML private javafx.scene.layout.VBox points;
    @FXML private Label message;
    @FXML private ProgressIndicator progress;
    @FXML private Button save;
    @FXML private Button useUnit;

    public VitalsFormView(VitalsFormViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(Messages.get("vitals.heading", model.patient().name().full(), model.patient().uhid().value()));
        Map<VitalsField, TextField> fields = new EnumMap<>(VitalsField.class);
        Map<VitalsField, Label> errorLabels = new EnumMap<>(VitalsField.class);
        fields.put(VitalsField.HR, hr);
        fields.put(VitalsField.RR, rr);
        fields.put(VitalsField.SBP, sbp);
        fields.put(VitalsField.DBP, dbp);
        fields.put(VitalsField.TEMP, temp);
        fields.put(VitalsField.SPO2, spo2);
        fields.put(VitalsField.WEIGHT, weight);
        fields.put(VitalsField.HEIGHT, height);
        errorLabels.put(VitalsField.HR, hrError);
        errorLabels.put(VitalsField.RR, rrError);
        errorLabels.put(VitalsField.SBP, sbpError);
        errorLabels.put(VitalsField.DBP, dbpError);
        errorLabels.put(VitalsField.TEMP, tempError);
        errorLabels.put(VitalsField.SPO2, spo2Error);
        errorLabels.put(VitalsField.WEIGHT, weightError);
        errorLabels.put(VitalsField.HEIGHT, heightError);
        fields.forEach((f, control) -> {
            control.setId("vitals-" + f.coreName());
            control.textProperty().bindBidirectional(model.value(f));
        });
        errorLabels.forEach((f, label) -> {
            label.setId("vitals-error-" + f.coreName());
            label.textProperty().bind(model.error(f));
        });
        unit.setId("vitals-unit");
        unit.getItems().setAll(TemperatureUnit.values());
        unit.setConverter(labels(u -> Messages.get("vitals.unit." + u.name())));
        unit.valueProperty().bindBidirectional(model.unitProperty());
        scale.setId("vitals-scale");
        scale.getItems().setAll(SpO2Scale.values());
        scale.setConverter(labels(s -> Messages.get("vitals.scale." + s.name())));
        scale.valueProperty().bindBidirectional(model.scaleProperty());
        oxygen.setId("vitals-oxygen");
        oxygen.selectedProperty().bindBidirectional(model.oxygenProperty());
        acvpu.setId("vitals-acvpu");
        acvpu.getItems().setAll(Acvpu.values());
        acvpu.setConverter(labels(a -> a.name() + " - " + a.label()));
        acvpu.valueProperty().bindBidirectional(model.acvpuProperty());
        org.clinicdesk.app.gui.common.TypeAhead.onKeys(acvpu);
        org.clinicdesk.app.gui.common.TypeAhead.onKeys(unit);
        org.clinicdesk.app.gui.common.TypeAhead.onKeys(scale);
        bmi.setId("vitals-bmi");
        bmi.textProperty().bind(model.bmiTextProperty());
        news2.setId("vitals-news2");
        news2.textProperty().bind(model.news2TextProperty());
        response.setId("vitals-response");
        response.textProperty().bind(model.responseTextProperty());
        model.news2Property().addListener((o, old, score) -> {
            news2.getStyleClass().removeIf(s -> s.startsWith("news2-") && !s.equals("news2-total"));
            points.getChildren().clear();
            if (score != null) {
                news2.getStyleClass().add("news2-" + score.response().name().toLowerCase(Locale.ROOT));
                score.points().forEach((p, n) -> {
                    Label line = new Label(Messages.get("vitals.point", org.clinicdesk.core.vitals.News2Parameter.label(p), n));
                    if (n == 3) {
                        line.getStyleClass().add("news2-point-red");
                    }
                    points.getChildren().add(line);
                });
            }
        });
        message.setId("vitalsMessage");
        message.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.savingProperty());
        save.setId("saveVitals");
        save.disableProperty().bind(model.savingProperty());
        sbp.setPromptText(Messages.get("vitals.sbp.prompt"));
        useUnit.setId("vitals-useUnit");
        useUnit.visibleProperty().bind(model.unitGuessProperty().isNotNull());
        useUnit.managedProperty().bind(useUnit.visibleProperty());
        useUnit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.unitGuessProperty().get() == null
                ? "" : Messages.get("vitals.useUnit", Messages.get("vitals.unit." + model.unitGuessProperty().get().name())),
                model.unitGuessProperty()));
        useUnit.setOnAction(e -> model.acceptUnitGuess());
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void save() {
        model.save();
    }

    public void focusFirst() {
        hr.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
