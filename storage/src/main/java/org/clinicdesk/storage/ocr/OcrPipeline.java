package org.clinicdesk.storage.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.NeedsTyping;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PageRows;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.storage.documents.DocumentFiles;

/**
 * The whole reading of one file, for the {@code ocr} command and the import screen: check the file, decode its
 * pages, normalise and OCR them in the worker pool, and extract suggested facts from each page's rows. Keep one
 * per process (each worker holds a Tesseract engine); close it on exit.
 */
public final class OcrPipeline implements AutoCloseable {
    private final FileLimits limits;
    private final TesseractOcrEngine engine;
    private final FactExtractor extractor;

    public OcrPipeline(int workers, FileLimits limits, DateOrder dateOrder) {
        this.limits = limits;
        this.engine = new TesseractOcrEngine(workers, limits);
        this.extractor = new FactExtractor(dateOrder);
    }

    /** Reads the file at {@code path}; a missing, unreadable or refused file is a {@link ValidationException}. */
    public OcrReport read(Path path) {
        DocumentFile file = DocumentFiles.read(path, limits);
        return read(new DocumentFile(path.toString(), file.content()), OcrProgress.NONE, new CancelSignal());
    }

    public OcrReport read(DocumentFile file, OcrProgress progress, CancelSignal cancel) {
        long started = System.nanoTime();
        MediaType type = new DocumentFileCheck(limits).check(file);
        OcrResult result;
        try (PageStream decoded = new PageRenderer(limits).open(file, type)) {
            result = engine.readPages(decoded, progress, cancel);
        }
        if (result instanceof OcrResult.Failure failure) {
            throw new ClinicException(file.fileName() + ": " + failure.message());
        }
        List<OcrReport.PageView> pages = new ArrayList<>();
        List<FactView> facts = new ArrayList<>();
        for (OcrPage page : ((OcrResult.Success) result).pages()) {
            PageRows rows = page.rows();
            NeedsTyping unsure = NeedsTyping.of(rows);
            pages.add(new OcrReport.PageView(page.number(), page.rotationDegrees(),
                    Math.round(page.deskewDegrees() * 100) / 100.0, Math.round(page.meanConfidence() * 10) / 10.0,
                    page.words().size(), rows.text(), unsure.lines().stream().map(NeedsTyping.Line::read).toList()));
            extractor.extract(unsure.readableText(), rows.confidence())
                    .forEach(f -> facts.add(FactView.of(f, page.number())));
        }
        return new OcrReport(file.fileName(), type.mime(), Sha256.hex(file.content()), file.content().length, pages,
                facts, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void close() {
        engine.close();
    }
}
