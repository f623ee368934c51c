package org.clinicdesk.storage.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;
import org.clinicdesk.storage.ocr.generator.ScanQuality;

/**
 * Pages per second of the whole pipeline (file check and decode, normalise, OCR, fact extraction) against the
 * {@code tesseract} command on the same PNG pages in the same run, like for like: the same page segmentation mode
 * and resolution, the side that runs first alternating by round, clean and noisy pages measured separately; one
 * worker against one process at a time, two workers against two processes at a time, and two workers against one.
 * Run with OMP_THREAD_LIMIT=1 (scripts/bench ocr does).
 * Arguments: [pages per kind and quality, default 2] [rounds, default 2].
 */
public final class OcrBenchmark {
    /** What TesseractPageReader uses: PSM_AUTO, and 300 dpi when the image carries no resolution. */
    static final int PSM = 3;
    static final int DPI = 300;

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int per = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("clinicdesk-bench");
        Map<ScanQuality, List<Path>> byQuality = new EnumMap<>(ScanQuality.class);
        for (GeneratedDocument d : new ClinicalDocumentGenerator(99).generate(per)) {
            Path f = dir.resolve(d.name() + ".png");
            ImageIO.write(d.image(), "png", f.toFile());
            byQuality.computeIfAbsent(d.quality(), q -> new ArrayList<>()).add(f);
        }
        System.out.printf(Locale.ROOT, "pages: generated PNG pages %s (%s), OMP_THREAD_LIMIT=%s, %d cores; both sides:"
                        + " psm %d, %d dpi; %d rounds, the side that runs first alternates%n", counts(byQuality), dir,
                System.getenv("OMP_THREAD_LIMIT"), Runtime.getRuntime().availableProcessors(), PSM, DPI, rounds);
        for (ScanQuality quality : List.of(ScanQuality.CLEAN, ScanQuality.NOISY)) {
            List<Path> files = byQuality.getOrDefault(quality, List.of());
            if (files.isEmpty()) {
                continue;
            }
            double oneWorker = 0;
            for (int workers = 1; workers <= 2; workers++) {
                double ours = 0;
                double cli = 0;
                try (OcrPipeline pipeline = new OcrPipeline(workers, FileLimits.DEFAULT, DateOrder.DAY_FIRST)) {
                    runOurs(pipeline, files.subList(0, Math.min(workers, files.size())), workers);
                    for (int r = 0; r < rounds; r++) {
                        // Alternate the order so neither side always runs on a warmer (or busier) machine.
                        if (r % 2 == 0) {
                            cli += runCli(files, workers);
                            ours += runOurs(pipeline, files, workers);
                        } else {
                            ours += runOurs(pipeline, files, workers);
                            cli += runCli(files, workers);
                        }
                    }
                }
                ours /= rounds;
                cli /= rounds;
                if (workers == 1) {
                    oneWorker = ours;
                }
                System.out.printf(Locale.ROOT, "%s, %d worker(s): pipeline %.2f pages/s (%.0f ms/page), tesseract command"
                                + " %.2f pages/s (%.0f ms/page, %d at a time); time per page pipeline/command %.2f%s%n",
                        quality, workers, ours, 1000 / ours, cli, 1000 / cli, workers, cli / ours,
                        workers == 2 ? String.format(Locale.ROOT, "; 2 workers vs 1: %.2fx pages/s", ours / oneWorker) : "");
            }
        }
        try (var stream = Files.list(dir)) {
            for (Path p : stream.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static String counts(Map<ScanQuality, List<Path>> byQuality) {
        return byQuality.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double runOurs(OcrPipeline pipeline, List<Path> files, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        try {
            List<Future<OcrReport>> reports = new ArrayList<>();
            for (Path f : files) {
                reports.add(pool.submit(() -> pipeline.read(f)));
            }
            for (Future<OcrReport> r : reports) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        return files.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double runCli(List<Path> files, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        try {
            List<Future<String>> outs = new ArrayList<>();
            for (Path f : files) {
                outs.add(pool.submit(() -> cli(f)));
            }
            for (Future<String> o : outs) {
                o.get();
            }
        } finally {
            pool.shutdown();
        }
        return files.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String cli(Path image) throws IOException, InterruptedException {
        // The pipeline's settings: automatic page segmentation, and 300 dpi for a PNG that declares none.
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng", "--psm",
                String.valueOf(PSM), "--dpi", String.valueOf(DPI));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("tesseract failed on " + image);
        }
        return out;
    }
}
