package org.clinicdesk.storage.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrEngine;
import org.clinicdesk.core.documents.OcrFailureReason;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.OcrWord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCR adapter: a fixed pool of worker threads, each holding its own Tesseract engine for its whole life, reading
 * pages in parallel. Progress is reported per finished page; cancelling stops pages that have not started.
 * Run the process with OMP_THREAD_LIMIT=1: Tesseract's own OpenMP threads fight the pool on small machines.
 */
public final class TesseractOcrEngine implements OcrEngine, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TesseractOcrEngine.class);

    /** Mean word confidence (0..100) below which a page is checked for being sideways or upside down. */
    static final double RECHECK_ORIENTATION_BELOW = 65;
    private final ExecutorService workers;
    private final ThreadLocal<TesseractPageReader> engines;
    private final ConcurrentLinkedQueue<TesseractPageReader> created = new ConcurrentLinkedQueue<>();
    private final PageRenderer renderer;
    private final PageNormaliser normaliser = new PageNormaliser();
    private final int workerCount;

    public TesseractOcrEngine(int workerCount, FileLimits limits) {
        this.workerCount = workerCount;
        String datapath = TessdataLocator.locate();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "ocr-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.engines = ThreadLocal.withInitial(() -> {
            TesseractPageReader reader = new TesseractPageReader(datapath, "eng");
            created.add(reader);
            return reader;
        });
        this.renderer = new PageRenderer(limits);
    }

    @Override
    public OcrResult read(byte[] content, MediaType type, OcrProgress progress, CancelSignal cancel) {
        try (PageStream pages = renderer.open(new DocumentFile("document", content), type)) {
            return readPages(pages, progress, cancel);
        } catch (ValidationException e) {
            return new OcrResult.Failure(OcrFailureReason.UNREADABLE_FILE, e.reason());
        }
    }

    /** Reads already decoded pages; the benchmark and the accuracy test come in here too. */
    public OcrResult readPages(List<PageImage> pages, OcrProgress progress, CancelSignal cancel) {
        return readPages(PageStream.of(pages), progress, cancel);
    }

    /**
     * Decodes the pages one at a time on the calling thread while the workers read the ones before: at most one
     * page more than there are workers is in memory at once. A page that cannot be decoded stops the reading with
     * its {@link ValidationException}.
     */
    public OcrResult readPages(PageStream pages, OcrProgress progress, CancelSignal cancel) {
        AtomicInteger done = new AtomicInteger();
        int total = pages.count();
        Semaphore inMemory = new Semaphore(workerCount + 1);
        List<Future<OcrPage>> futures = new ArrayList<>(total);
        try {
            while (pages.hasNext()) {
                if (cancel.isCancelled()) {
                    throw new CancellationException();
                }
                inMemory.acquire();
                PageImage page;
                try {
                    page = pages.next();
                } catch (RuntimeException e) {
                    inMemory.release();
                    throw e;
                }
                futures.add(workers.submit(() -> {
                    try {
                        if (cancel.isCancelled()) {
                            throw new CancellationException();
                        }
                        OcrPage read = readPage(page);
                        progress.pagesDone(done.incrementAndGet(), total);
                        return read;
                    } finally {
                        inMemory.release();
                    }
                }));
            }
            List<OcrPage> read = new ArrayList<>(total);
            for (Future<OcrPage> f : futures) {
                read.add(f.get());
            }
            return new OcrResult.Success(read);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(false));
            return new OcrResult.Failure(OcrFailureReason.CANCELLED, "Reading was interrupted.");
        } catch (CancellationException e) {
            futures.forEach(f -> f.cancel(false));
            return new OcrResult.Failure(OcrFailureReason.CANCELLED, "Reading was cancelled.");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof CancellationException) {
                return new OcrResult.Failure(OcrFailureReason.CANCELLED, "Reading was cancelled.");
            }
            log.warn("OCR failed", e.getCause());
            return new OcrResult.Failure(OcrFailureReason.ENGINE_UNAVAILABLE,
                    "The text could not be read: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            futures.forEach(f -> f.cancel(false));
            throw e;
        }
    }

    private OcrPage readPage(PageImage page) {
        TesseractPageReader engine = engines.get();
        int dpi = page.dpi().orElse(0);
        PageNormaliser.Normalised normal = normaliser.normalise(page.image(), dpi);
        // Tesseract is told the resolution of the picture it reads: an enlarged fax has twice its file's.
        TesseractPageReader.ReadPage read = engine.read(normal.image(), normal.dpi());
        // Orientation detection costs a layout pass; most pages are upright and read well, so only a page that
        // reads badly is checked, and the turned reading is kept only if it reads better.
        if (meanConfidence(read) < RECHECK_ORIENTATION_BELOW) {
            Optional<PageNormaliser.Normalised> upright = normaliser.turnUpright(normal, engine);
            if (upright.isPresent()) {
                TesseractPageReader.ReadPage turned = engine.read(upright.get().image(), upright.get().dpi());
                if (meanConfidence(turned) > meanConfidence(read)) {
                    normal = upright.get();
                    read = turned;
                }
            }
        }
        PageGeometry.BoxMap toSource = normal.toSource();
        List<OcrWord> words = toSource == PageGeometry.BoxMap.IDENTITY ? read.words() : read.words().stream()
                .map(w -> new OcrWord(w.text(), w.confidence(), toSource.apply(w.box()), w.start(), w.end(),
                        w.characterConfidences())).toList();
        return new OcrPage(page.number(), read.text(), words, normal.rotationDegrees(), normal.deskewDegrees());
    }

    private static double meanConfidence(TesseractPageReader.ReadPage read) {
        return read.words().stream().mapToDouble(w -> w.confidence()).average().orElse(0);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TesseractPageReader r;
        while ((r = created.poll()) != null) {
            r.close();
        }
    }
}
