package org.clinicdesk.app.gui.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrFailureReason;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PageRows;
import org.clinicdesk.core.documents.PatientMatch;
import org.clinicdesk.core.documents.PatientMismatch;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.ocr.PageImage;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.clinicdesk.storage.ocr.PageStream;
import org.clinicdesk.storage.documents.DocumentFiles;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;

/**
 * The slow part of bringing a paper into the chart, for background threads only: check and store the file, read it
 * with the local OCR engine, keep the text, and suggest facts per page. Holds one engine for the signed-in session.
 */
public final class DocumentImporter implements AutoCloseable {
    private final Session session;
    private final FileLimits limits;
    private final FactExtractor extractor;
    private final DateOrder dateOrder;
    private final PageRenderer renderer;
    private TesseractOcrEngine engine;

    public DocumentImporter(Session session, FileLimits limits, DateOrder dateOrder) {
        this.session = session;
        this.limits = limits;
        this.extractor = new FactExtractor(dateOrder);
        this.dateOrder = dateOrder;
        this.renderer = new PageRenderer(limits);
    }

    /** What the review screen shows: the stored document, its pages as images with their words, and suggestions. */
    public record Imported(Document document, List<ReviewPage> pages, List<Suggestion> suggestions,
                           List<PatientMismatch> mismatches) {
    }

    /** One page: PNG bytes of the image as rendered for reading, and the words read from it in visual rows. */
    public record ReviewPage(int number, byte[] png, int width, int height, PageRows rows) {
    }

    /** Reads the file and imports it for the patient; a refused file is a {@link ValidationException} naming it. */
    public Imported importFile(Patient patient, Path file, OcrProgress progress, CancelSignal cancel) {
        return importFile(patient, DocumentFiles.read(file, limits), progress, cancel);
    }

    public Imported importFile(Patient patient, DocumentFile file, OcrProgress progress, CancelSignal cancel) {
        Document document = session.services().documents().add(session.actor(), patient, file);
        return review(patient, document, file, progress, cancel);
    }

    /** Opens a stored document again for review: its file from the store, every page read afresh. */
    public Imported reopen(Patient patient, Document document, OcrProgress progress, CancelSignal cancel) {
        byte[] content = session.services().documents().content(session.actor(), document);
        return review(patient, document, new DocumentFile(document.fileName(), content), progress, cancel);
    }

    private Imported review(Patient patient, Document document, DocumentFile file, OcrProgress progress,
                            CancelSignal cancel) {
        // Each page is kept only as PNG bytes for the review, so a long file never holds its decoded pages at once.
        Map<Integer, ReviewImage> images = new ConcurrentHashMap<>();
        OcrResult result;
        try (PageStream decoded = renderer.open(file, document.mediaType())) {
            result = engine().readPages(keepingPng(decoded, images), progress, cancel);
        }
        if (result instanceof OcrResult.Failure failure) {
            if (failure.reason() != OcrFailureReason.CANCELLED) {
                session.services().documents().recordOcr(session.actor(), document, result);
            }
            throw new OcrFailedException(failure);
        }
        Document read = session.services().documents().recordOcr(session.actor(), document, result);
        List<ReviewPage> pages = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        List<OcrPage> ocrPages = ((OcrResult.Success) result).pages();
        for (int i = 0; i < ocrPages.size(); i++) {
            OcrPage page = ocrPages.get(i);
            PageRows rows = page.rows();
            ReviewImage image = images.get(page.number());
            pages.add(new ReviewPage(page.number(), image.png(), image.width(), image.height(), rows));
            // Lines too unsure to read (handwriting) are blanked, so no suggestion is guessed from them.
            extractor.extract(org.clinicdesk.core.documents.NeedsTyping.of(rows).readableText(), rows.confidence())
                    .forEach(f -> suggestions.add(new Suggestion(page.number(), f)));
        }
        String allText = pages.stream().map(p -> p.rows().text()).collect(java.util.stream.Collectors.joining("\n"));
        return new Imported(read, pages, suggestions, PatientMatch.check(allText, patient, dateOrder,
                session.services().store().context().today()));
    }

    private record ReviewImage(byte[] png, int width, int height) {
    }

    private static PageStream keepingPng(PageStream pages, Map<Integer, ReviewImage> images) {
        return new PageStream() {
            @Override
            public int count() {
                return pages.count();
            }

            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public PageImage next() {
                PageImage page = pages.next();
                BufferedImage image = page.image();
                images.put(page.number(), new ReviewImage(png(image), image.getWidth(), image.getHeight()));
                return page;
            }

            @Override
            public void close() {
                pages.close();
            }
        };
    }

    private synchronized TesseractOcrEngine engine() {
        if (engine == null) {
            engine = new TesseractOcrEngine(1, limits);
        }
        return engine;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** OCR did not produce text (cancelled, or the engine failed); the message is for the person at the desk. */
    public static final class OcrFailedException extends org.clinicdesk.core.common.ClinicException {
        private final OcrFailureReason reason;

        OcrFailedException(OcrResult.Failure failure) {
            super(failure.message());
            this.reason = failure.reason();
        }

        public OcrFailureReason reason() {
            return reason;
        }
    }
}
