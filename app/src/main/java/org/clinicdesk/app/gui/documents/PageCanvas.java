package org.clinicdesk.app.gui.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.documents.OcrWord;
import org.clinicdesk.core.extraction.SourceSpan;

/**
 * A page image with a box over every recognised word: plain boxes for words read with confidence, dashed orange ones
 * for words the engine was unsure of, filled boxes for the words of the fact under review, and a red box with
 * "Check the value" over every value that must be checked against the paper.
 */
final class PageCanvas extends Pane {
    /** Words read with less confidence than this (0..100) are marked for a closer look. */
    static final float LOW_CONFIDENCE = 70f;
    private final ImageView image = new ImageView();
    private final Pane boxes = new Pane();
    private DocumentImporter.ReviewPage page;
    private List<SourceSpan> checks = List.of();
    private double scale = 1;

    PageCanvas() {
        getStyleClass().add("page-canvas");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        boxes.setMouseTransparent(true);
        getChildren().addAll(image, boxes);
    }

    /** Shows the page; {@code checks} are the spans (in the page's row text) of values to be checked. */
    void show(DocumentImporter.ReviewPage page, double width, List<SourceSpan> checks) {
        this.page = page;
        this.checks = List.copyOf(checks);
        scale = width / page.width();
        image.setImage(new Image(new ByteArrayInputStream(page.png())));
        image.setFitWidth(width);
        setPrefSize(width, page.height() * scale);
        highlight(-1, -1);
    }

    void clear() {
        page = null;
        checks = List.of();
        image.setImage(null);
        boxes.getChildren().clear();
    }

    /** Redraws the word boxes, filling the words that overlap the characters {@code start..end} of the row text. */
    void highlight(int start, int end) {
        boxes.getChildren().clear();
        if (page == null) {
            return;
        }
        List<OcrWord> words = page.rows().words();
        for (OcrWord w : words) {
            Rectangle r = new Rectangle(w.box().x() * scale - 1, w.box().y() * scale - 1,
                    w.box().width() * scale + 2, w.box().height() * scale + 2);
            r.getStyleClass().add(w.confidence() < LOW_CONFIDENCE ? "ocr-word-unsure" : "ocr-word");
            if (w.start() < end && w.end() > start) {
                r.getStyleClass().add("ocr-word-fact");
            }
            boxes.getChildren().add(r);
        }
        for (SourceSpan check : checks) {
            words.stream().filter(w -> w.start() < check.end() && w.end() > check.start()).findFirst().ifPresent(first -> {
                double left = words.stream().filter(w -> w.start() < check.end() && w.end() > check.start())
                        .mapToDouble(w -> w.box().x()).min().orElse(first.box().x());
                double right = words.stream().filter(w -> w.start() < check.end() && w.end() > check.start())
                        .mapToDouble(w -> w.box().x() + w.box().width()).max().orElse(first.box().x());
                Rectangle r = new Rectangle(left * scale - 3, first.box().y() * scale - 3, (right - left) * scale + 6,
                        first.box().height() * scale + 6);
                r.getStyleClass().add("ocr-value-check");
                Label label = new Label(Messages.get("documents.checkValue"));
                label.getStyleClass().add("ocr-value-check-label");
                label.relocate(left * scale, Math.max(0, first.box().y() * scale - 22));
                boxes.getChildren().addAll(r, label);
            });
        }
    }

    long valuesToCheck() {
        return checks.size();
    }

    long unsureWords() {
        return page == null ? 0 : page.rows().words().stream().filter(w -> w.confidence() < LOW_CONFIDENCE).count();
    }
}
