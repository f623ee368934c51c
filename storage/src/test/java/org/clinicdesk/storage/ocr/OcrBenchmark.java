package org.clinicdesk.storage.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;

/**
 * Pages per second of the whole pipeline (file check and decode, normalise, OCR, fact extraction) against the
 * {@code tesseract} command on the same PNG pages in the same run: one worker against one process at a time, two
 * workers against two processes at a time. Run with OMP_THREAD_LIMIT=1 (scripts/bench ocr does).
 * Arguments: [pages per kind and quality, default 2] [rounds, default 2].
 */
public final class OcrBenchmark {
    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int per = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("clinicdesk-bench");
        List<Path> files = new ArrayList<>();
        for (GeneratedDocument d : new ClinicalDocumentGenerator(99).generate(per)) {
            Path f = dir.resolve(d.name() + ".png");
            ImageIO.write(d.image(), "png", f.toFile());
            files.add(f);
        }
        System.out.printf(Locale.ROOT, "pages: %d generated PNG pages (%s), OMP_THREAD_LIMIT=%s, %d cores%n",
                files.size(), dir, System.getenv("OMP_THREAD_LIMIT"), Runtime.getRuntime().availableProcessors());
        for (int workers = 1; workers <= 2; workers++) {
            double ours = 0;
            double cli = 0;
            try (OcrPipeline pipeline = new OcrPipeline(workers, FileLimits.DEFAULT, DateOrder.DAY_FIRST)) {
                runOurs(pipeline, files.subList(0, Math.min(workers, files.size())), workers);
                for (int r = 0; r < rounds; r++) {
                    // Alternate the order so neither side always runs on a warmer machine.
                    double c = runCli(files, workers);
                    double o = runOurs(pipeline, files, workers);
                    ours += o;
                    cli += c;
                }
            }
            ours /= rounds;
            cli /= rounds;
            System.out.printf(Locale.ROOT, "%d worker(s): pipeline %.2f pages/s, tesseract command %.2f pages/s"
                    + " (%d at a time), ratio %.2f%n", workers, ours, cli, workers, ours / cli);
        }
        try (var stream = Files.list(dir)) {
            for (Path p : stream.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
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
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng");
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
