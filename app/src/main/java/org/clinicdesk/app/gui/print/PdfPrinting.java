package org.clinicdesk.app.gui.print;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.SaveFileChooser;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.summary.PdfFile;

/**
 * Prints a PDF the program makes (registration card, token slip) through the system's print dialog: the PDF is made
 * and its pages rendered in the background, the dialog shown on the FX thread, the pages sent in the background. With
 * no printer installed it says so and offers to save the PDF instead; saving is the same PDF.
 */
public final class PdfPrinting {
    private final TaskExecutor executor;
    private final Printers printers;
    private final SaveFileChooser saveChooser;

    public PdfPrinting(TaskExecutor executor, Printers printers, SaveFileChooser saveChooser) {
        this.executor = executor;
        this.printers = printers;
        this.saveChooser = saveChooser;
    }

    /** What is printed: how to make its PDF, its name in messages and the file name offered when saving. */
    public record Printable(String title, String fileName, Callable<byte[]> pdf) {
    }

    /** Makes the PDF, asks for a printer and prints; progress in {@code busy}, the outcome in {@code message}. */
    public void print(Window owner, Printable printable, StringProperty message, BooleanProperty busy) {
        BackgroundTask.wrap(() -> {
                    byte[] pdf = printable.pdf().call();
                    return new Rendered(pdf, PrintPages.of(pdf));
                })
                .showingProgressIn(busy)
                .onSuccess(rendered -> send(owner, printable, rendered, message, busy))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private record Rendered(byte[] pdf, List<Image> pages) {
    }

    private void send(Window owner, Printable printable, Rendered rendered, StringProperty message,
                      BooleanProperty busy) {
        Printers.Choice choice = printers.choose(owner);
        if (choice instanceof Printers.NoPrinter) {
            message.set(Messages.get("print.noPrinter"));
            saveChooser.choose(owner, Messages.get("print.saveTitle", printable.title()), printable.fileName(), "PDF",
                    "*.pdf").ifPresent(file -> save(rendered.pdf(), file, printable, message, busy));
        } else if (choice instanceof Printers.Cancelled) {
            message.set(Messages.get("print.cancelled"));
        } else {
            Printers.Job job = ((Printers.Chosen) choice).job();
            BackgroundTask.wrap(() -> printAll(job, rendered.pages()))
                    .showingProgressIn(busy)
                    .onSuccess(sent -> message.set(sent ? Messages.get("print.sent", printable.title(), job.printerName())
                            : Messages.get("print.failed", job.printerName())))
                    .onFailure(e -> message.set(ErrorText.of(e)))
                    .executeWith(executor);
        }
    }

    private void save(byte[] pdf, Path file, Printable printable, StringProperty message, BooleanProperty busy) {
        BackgroundTask.wrap(() -> {
                    PdfFile.write(pdf, file, printable.title());
                    return file;
                })
                .showingProgressIn(busy)
                .onSuccess(saved -> message.set(Messages.get("print.saved", printable.title(), saved)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Each page scaled to the printable area, keeping its proportions; off the FX thread (nodes not in a scene). */
    static boolean printAll(Printers.Job job, List<Image> pages) {
        for (Image page : pages) {
            if (!job.printPage(fitted(page, job.printableWidth(), job.printableHeight()))) {
                return false;
            }
        }
        return job.end();
    }

    static Node fitted(Image page, double width, double height) {
        ImageView view = new ImageView(page);
        double pageWidth = page.getWidth() * 72 / PrintPages.DPI;
        double pageHeight = page.getHeight() * 72 / PrintPages.DPI;
        double scale = Math.min(1, Math.min(width / pageWidth, height / pageHeight));
        view.setFitWidth(pageWidth * scale);
        view.setFitHeight(pageHeight * scale);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }
}
