package org.clinicdesk.app.gui.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launches a window in a fresh JVM with this JVM's class path and reads back the milliseconds it reported. */
final class StartupRun {
    private StartupRun() {
    }

    static long measure(String mainClass, List<String> jvmFlags, List<String> args) throws IOException,
            InterruptedException {
        Path report = Files.createTempFile("clinicdesk-startup-", ".txt");
        Files.delete(report);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dclinicdesk.startup.report=" + report);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        if (mainClass.equals(MinimalWindow.class.getName())) {
            command.add(report.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not show its window within 120 s");
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException(mainClass + " exited (" + process.exitValue() + ") without reporting");
        }
        long ms = Long.parseLong(Files.readString(report).trim());
        Files.delete(report);
        return ms;
    }
}
