package org.clinicdesk.app.gui.print;

import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Where the window's print jobs go: the system's printers through JavaFX's {@link PrinterJob} and its print dialog.
 * An interface so that a test can stand in for the printer a test machine does not have.
 */
public interface Printers {
    /** What asking for a printer gave. */
    sealed interface Choice permits NoPrinter, Cancelled, Chosen {
    }

    /** No printer is installed (or none is reachable) on this computer. */
    record NoPrinter() implements Choice {
    }

    /** The user closed the print dialog without printing. */
    record Cancelled() implements Choice {
    }

    /** A printer was chosen; pages go to {@code job}, which may be fed from a background thread. */
    record Chosen(Job job) implements Choice {
    }

    /** An open print job. */
    interface Job {
        /** The printable area of the chosen paper, in points. */
        double printableWidth();

        double printableHeight();

        String printerName();

        boolean printPage(Node page);

        boolean end();
    }

    /** Shows the print dialog over {@code owner}; on the FX thread. */
    Choice choose(Window owner);

    /** The system's printers. */
    static Printers system() {
        return owner -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null) {
                return new NoPrinter();
            }
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return new Cancelled();
            }
            return new Chosen(new Job() {
                @Override
                public double printableWidth() {
                    return job.getJobSettings().getPageLayout().getPrintableWidth();
                }

                @Override
                public double printableHeight() {
                    return job.getJobSettings().getPageLayout().getPrintableHeight();
                }

                @Override
                public String printerName() {
                    return job.getPrinter().getName();
                }

                @Override
                public boolean printPage(Node page) {
                    return job.printPage(page);
                }

                @Override
                public boolean end() {
                    return job.endJob();
                }
            });
        };
    }
}
