package org.clinicdesk.app.gui.documents;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.TextMatch;
import org.clinicdesk.core.extraction.ClinicalFact;

/** The Documents tab of a chart; logic in {@link DocumentReviewViewModel}. Files can be dropped anywhere on it. */
public final class DocumentReviewView {
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DocumentReviewViewModel model;
    private final ZoneId zone;
    private final Parent root;
    private final PageCanvas canvas = new PageCanvas();
    @FXML private Button importButton;
    @FXML private Label dropHint;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label message;
    @FXML private HBox otherPatientBox;
    @FXML private TextField otherPatientReason;
    @FXML private Button confirmOtherPatient;
    @FXML private Label pageLegend;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    private int pageIndex;
    @FXML private ScrollPane pageScroll;
    @FXML private ListView<FactRow> facts;
    @FXML private Button addButton;
    @FXML private ListView<Document> documentList;
    @FXML private TextField search;
    @FXML private Button searchButton;
    @FXML private ListView<TextMatch> results;

    public DocumentReviewView(DocumentReviewViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        this.root = Views.load(this);
        root.setId("documents");
        root.getProperties().put(DocumentReviewView.class, this);
        if (model.mayImport()) {
            root.setOnDragOver(this::dragOver);
            root.setOnDragDropped(this::dropped);
        }
    }

    @FXML
    private void initialize() {
        importButton.setId("documents-import");
        importButton.setVisible(model.mayImport());
        importButton.setManaged(model.mayImport());
        dropHint.setVisible(model.mayImport());
        importButton.disableProperty().bind(model.readingProperty());
        progress.setId("documents-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.readingProperty());
        cancelButton.setId("documents-cancel");
        cancelButton.visibleProperty().bind(model.readingProperty());
        message.setId("documents-message");
        message.textProperty().bind(model.messageProperty());
        otherPatientBox.visibleProperty().bind(model.otherPatientToConfirmProperty());
        otherPatientBox.managedProperty().bind(model.otherPatientToConfirmProperty());
        otherPatientReason.setId("documents-otherPatientReason");
        otherPatientReason.textProperty().bindBidirectional(model.otherPatientReasonProperty());
        confirmOtherPatient.setId("documents-confirmOtherPatient");
        pageScroll.setId("documents-page");
        pageScroll.setContent(canvas);
        pageLegend.setId("documents-legend");
        previousPage.setId("documents-previousPage");
        nextPage.setId("documents-nextPage");
        facts.setId("documents-facts");
        facts.setItems(model.facts());
        facts.setCellFactory(l -> new FactCell(model));
        facts.setPlaceholder(new Label(Messages.get("documents.noSuggestions")));
        facts.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((o, old, row) -> {
            if (row != null && facts.getSelectionModel().getSelectedItem() != row) {
                facts.getSelectionModel().select(row);
                facts.scrollTo(row);
            }
            highlight(row);
        });
        addButton.setId("documents-addToChart");
        addButton.setVisible(model.mayAddToChart());
        addButton.disableProperty().bind(model.savingProperty().or(model.importedProperty().isNull()));
        documentList.setId("documents-list");
        documentList.setItems(model.documents());
        documentList.setPlaceholder(new Label(Messages.get("documents.none")));
        documentList.setOnMouseClicked(e -> {
            Document chosen = documentList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null) {
                model.reopen(chosen);
            }
        });
        documentList.setOnKeyPressed(e -> {
            Document chosen = documentList.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                model.reopen(chosen);
            }
        });
        documentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : Messages.get("documents.line", ADDED.format(d.addedAt().atZone(zone)),
                        d.fileName(), d.pageCount(), Messages.get("documents.status." + d.ocrStatus().name())));
            }
        });
        search.setId("documents-search");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        searchButton.setId("documents-searchButton");
        results.setId("documents-results");
        results.setItems(model.searchResults());
        results.setPlaceholder(new Label(Messages.get("documents.searchHint")));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TextMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Messages.get("documents.hitWithPatient", m.patientName(), m.uhid(),
                        m.fileName(), m.pageNumber(), m.snippet()));
            }
        });
        model.importedProperty().addListener((o, old, imported) -> {
            pageIndex = 0;
            showPage(imported);
        });
        pageScroll.viewportBoundsProperty().addListener((o, old, b) -> {
            if (old == null || Math.abs(old.getWidth() - b.getWidth()) > 8) {
                showPage(model.importedProperty().get());
            }
        });
        model.loadDocuments();
    }

    private void showPage(DocumentImporter.Imported imported) {
        if (imported == null || imported.pages().isEmpty()) {
            canvas.clear();
            pageLegend.setText("");
            previousPage.setDisable(true);
            nextPage.setDisable(true);
            return;
        }
        pageIndex = Math.max(0, Math.min(pageIndex, imported.pages().size() - 1));
        DocumentImporter.ReviewPage page = imported.pages().get(pageIndex);
        double width = Math.max(360, pageScroll.getViewportBounds().getWidth() - 4);
        canvas.show(page, width, imported.suggestions().stream()
                .filter(x -> x.page() == page.number() && x.checkTheValue()).map(x -> x.fact().span()).toList());
        highlight(model.selectedProperty().get());
        pageLegend.setText(Messages.get("documents.legend", page.rows().words().size(), canvas.unsureWords(),
                imported.pages().size(), canvas.valuesToCheck(), page.number()));
        previousPage.setDisable(pageIndex == 0);
        nextPage.setDisable(pageIndex == imported.pages().size() - 1);
    }

    @FXML
    private void previousPage() {
        pageIndex--;
        showPage(model.importedProperty().get());
    }

    @FXML
    private void nextPage() {
        pageIndex++;
        showPage(model.importedProperty().get());
    }

    /** Shows the fact's own page, then fills its words. */
    private void highlight(FactRow row) {
        if (row == null) {
            canvas.highlight(-1, -1);
            return;
        }
        DocumentImporter.Imported imported = model.importedProperty().get();
        if (imported != null && row.suggestion().page() != imported.pages().get(pageIndex).number()) {
            for (int i = 0; i < imported.pages().size(); i++) {
                if (imported.pages().get(i).number() == row.suggestion().page()) {
                    pageIndex = i;
                    showPage(imported);
                    return;
                }
            }
        }
        ClinicalFact fact = row.suggestion().fact();
        canvas.highlight(fact.span().start(), fact.span().end());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            model.importFile(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    @FXML
    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("documents.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("documents.fileTypes"),
                "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.pdf"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void confirmOtherPatient() {
        model.confirmOtherPatient();
    }

    @FXML
    private void addToChart() {
        model.addAcceptedToChart();
    }

    @FXML
    private void search() {
        model.search();
    }

    /** For the file chooser's and drop's path when the window drives the import itself (scan folder, tests). */
    public void importFile(Path file) {
        model.importFile(file);
    }

    public Parent root() {
        return root;
    }
}
