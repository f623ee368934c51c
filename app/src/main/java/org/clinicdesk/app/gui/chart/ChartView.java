package org.clinicdesk.app.gui.chart;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import org.clinicdesk.app.gui.print.PdfPrinting;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.vitals.Vitals;

/** A patient's chart; logic in {@link ChartViewModel}. */
public final class ChartView {
    private final ChartViewModel model;
    private final ZoneId zone;
    private final Runnable writeNote;
    private final Runnable recordVitals;
    private final Consumer<Path> openDocument;
    private final Node historyForm;
    private final Node documents;
    private final Consumer<String> mergeWith;
    private final Parent root;
    private final LineChart<String, Number> bpChart = TrendCharts.create("trend-bp", "chart.trend.bp");
    private final LineChart<String, Number> hrChart = TrendCharts.create("trend-hr", "chart.trend.hr");
    private final LineChart<String, Number> tempChart = TrendCharts.create("trend-temp", "chart.trend.temp");
    @FXML private Label name;
    @FXML private Label details;
    @FXML private Label allergies;
    @FXML private Label news2;
    @FXML private Label message;
    @FXML private Button recordVitalsButton;
    @FXML private Button writeNoteButton;
    @FXML private Button printButton;
    @FXML private Button savePdfButton;
    private PdfPrinting printing;
    @FXML private Button exportButton;
    @FXML private TableView<TimelineItem> timeline;
    @FXML private TableColumn<TimelineItem, String> dateColumn;
    @FXML private TableColumn<TimelineItem, String> kindColumn;
    @FXML private TableColumn<TimelineItem, String> textColumn;
    @FXML private ListView<ChartNote> notes;
    @FXML private TextArea flags;
    @FXML private javafx.scene.layout.HBox mergeActions;
    @FXML private TextArea noteText;
    @FXML private VBox trends;
    @FXML private VBox historyBox;
    @FXML private javafx.scene.control.TabPane sections;
    @FXML private javafx.scene.control.Tab documentsTab;
    @FXML private javafx.scene.control.Tab flagsTab;

    /** {@code mergeWith} opens the merge screen for this patient and the duplicate with the UHID given. */
    public ChartView(ChartViewModel model, ZoneId zone, Runnable writeNote, Runnable recordVitals,
                     Consumer<Path> openDocument, Node historyForm, Node documents, Consumer<String> mergeWith) {
        this.model = model;
        this.zone = zone;
        this.writeNote = writeNote;
        this.recordVitals = recordVitals;
        this.openDocument = openDocument;
        this.historyForm = historyForm;
        this.documents = documents;
        this.mergeWith = mergeWith;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        name.setId("chart-name");
        name.textProperty().bind(model.nameProperty());
        details.setId("chart-details");
        details.textProperty().bind(model.detailsProperty());
        allergies.setId("chart-allergies");
        allergies.textProperty().bind(model.allergiesProperty());
        news2.setId("chart-news2");
        news2.textProperty().bind(model.news2Property());
        message.setId("chartMessage");
        message.textProperty().bind(model.messageProperty());
        recordVitalsButton.setId("chart-recordVitals");
        recordVitalsButton.setVisible(model.mayRecordVitals());
        recordVitalsButton.setManaged(model.mayRecordVitals());
        writeNoteButton.setId("chart-writeNote");
        writeNoteButton.setVisible(model.mayWriteNotes());
        writeNoteButton.setManaged(model.mayWriteNotes());
        printButton.setId("chart-print");
        printButton.disableProperty().bind(model.printingProperty());
        savePdfButton.setId("chart-savePdf");
        savePdfButton.disableProperty().bind(model.printingProperty());
        exportButton.setId("chart-exportFhir");
        exportButton.setVisible(model.mayExport());
        exportButton.setManaged(model.mayExport());
        exportButton.disableProperty().bind(model.printingProperty());
        timeline.setId("chart-timeline");
        timeline.setItems(model.timeline());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date().toString()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        textColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        flags.setId("chart-flags");
        // One readable text, not a list: each flag's explanation and whole path wrap as long as they need.
        flags.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n\n", model.flags()), model.flags()));
        flagsTab.setId("chart-flagsTab");
        mergeActions.setId("chart-mergeActions");
        model.duplicates().addListener((ListChangeListener<String>) c -> showMergeActions());
        notes.setId("chart-notes");
        notes.setItems(model.notes());
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ChartNote n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : model.noteTitle(n));
            }
        });
        notes.getSelectionModel().selectedItemProperty().addListener((o, old, n) -> {
            if (n != null) {
                model.selectedNoteProperty().set(n);
            }
        });
        model.selectedNoteProperty().addListener((o, old, n) -> {
            if (n != null && notes.getSelectionModel().getSelectedItem() != n) {
                notes.getSelectionModel().select(n);
            }
        });
        noteText.setId("chart-noteText");
        noteText.textProperty().bind(model.noteTextProperty());
        trends.getChildren().addAll(bpChart, hrChart, tempChart);
        model.vitals().addListener((ListChangeListener<Vitals>) c -> drawTrends());
        ListView<TimelineItem> past = new ListView<>(model.history());
        past.setId("chart-history");
        past.setPlaceholder(new Label(Messages.get("chart.history.empty")));
        past.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : Messages.get("chart.historyLine", item.date().toString(), item.kind(), item.text()));
            }
        });
        javafx.scene.layout.VBox.setVgrow(past, javafx.scene.layout.Priority.ALWAYS);
        historyBox.getChildren().addAll(past, historyForm);
        documentsTab.setId("chart-documentsTab");
        documentsTab.setContent(documents);
        model.chartProperty().addListener((o, old, c) -> {
            news2.getStyleClass().removeIf(s -> s.startsWith("news2-"));
            c.latestVitals().ifPresent(v -> news2.getStyleClass().add("news2-"
                    + v.news2().response().name().toLowerCase(java.util.Locale.ROOT)));
        });
        drawTrends();
    }

    /** A Merge... button per likely duplicate, for roles that may merge (the use case checks again). */
    private void showMergeActions() {
        mergeActions.getChildren().clear();
        if (!model.mayMerge()) {
            return;
        }
        for (String other : model.duplicates()) {
            Button merge = new Button(Messages.get("chart.flags.merge", other));
            merge.setId("chart-merge-" + other);
            merge.setMnemonicParsing(true);
            merge.setOnAction(e -> mergeWith.accept(other));
            mergeActions.getChildren().add(merge);
        }
    }

    private void drawTrends() {
        List<Vitals> v = List.copyOf(model.vitals());
        TrendCharts.fill(bpChart, v, zone, List.of("chart.trend.systolic", "chart.trend.diastolic"),
                List.of(x -> x.signs().systolic(), x -> x.signs().diastolic()));
        TrendCharts.fill(hrChart, v, zone, List.of("chart.trend.hrSeries"), List.of(x -> x.signs().heartRate()));
        TrendCharts.fill(tempChart, v, zone, List.of("chart.trend.tempSeries"), List.of(x -> x.signs().temperatureC()));
    }

    @FXML
    private void writeNote() {
        writeNote.run();
    }

    @FXML
    private void recordVitals() {
        recordVitals.run();
    }

    /**
     * Print goes through the system's print dialog (no printer: it offers to save the PDF); Save as PDF stays. Without
     * {@code printing} (no print service given) Print saves, as before.
     */
    public void enablePrinting(PdfPrinting printing) {
        this.printing = printing;
    }

    @FXML
    private void print() {
        if (printing == null) {
            savePdf();
            return;
        }
        model.summaryPrintable().ifPresent(p -> printing.print(root.getScene().getWindow(), p,
                model.messageProperty(), model.printingProperty()));
    }

    @FXML
    private void savePdf() {
        if (model.printableNote().isEmpty()) {
            model.messageProperty().set(Messages.get("chart.nothingToPrint"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chart.savePdf").replace("_", ""));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.saveSummary(file.toPath(), openDocument);
        }
    }

    @FXML
    private void exportFhir() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chart.exportFhir").replace("_", ""));
        chooser.setInitialFileName(model.suggestedExportName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("FHIR JSON", "*.json"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportFhir(file.toPath());
        }
    }

    /** Brings the Documents tab forward (a file dropped on the chart, a scan assigned to this patient). */
    public void showDocuments() {
        sections.getSelectionModel().select(documentsTab);
    }

    public Parent root() {
        return root;
    }
}
