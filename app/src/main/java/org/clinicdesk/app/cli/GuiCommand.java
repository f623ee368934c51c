package org.clinicdesk.app.cli;

import java.util.concurrent.Callable;
import org.clinicdesk.app.Workstation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code gui}: listed here for help; {@code Main} hands it to the window before the command line parses anything. */
@Command(name = "gui", description = "The workstation window (the default when no command is given).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--demo", description = "Open with demo data in a temporary store.")
    private boolean demo;

    @Unmatched
    private String[] rest = new String[0];

    @Override
    public Integer call() {
        String[] args = demo ? new String[] {"gui", "--demo"} : new String[] {"gui"};
        return Workstation.open(args);
    }
}
