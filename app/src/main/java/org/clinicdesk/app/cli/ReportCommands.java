package org.clinicdesk.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.clinicdesk.app.reports.ReportFormat;
import org.clinicdesk.app.reports.ReportText;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report day|month|register}: the clinic's day sheet or month summary as PDF and/or XLSX, or the daily
 * register as CSV (doctors, administrators).
 */
@Command(name = "report", description = "The clinic's day sheet, month summary or daily register (doctors and administrators).",
        subcommands = {ReportCommands.Day.class, ReportCommands.Month.class, ReportCommands.Register.class})
final class ReportCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /** Where the report goes; at least one. */
    static final class Outputs {
        @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as a PDF here.")
        Path pdf;

        @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the report as an Excel workbook here.")
        Path xlsx;

        @Option(names = "--json", description = "Print the figures as one JSON document: {report, files}.")
        boolean json;
    }

    /** What {@code --json} prints. */
    record Printed(ClinicReport report, List<String> files) {
    }

    @Command(name = "day", description = "A day sheet: every queue entry of the day and the day's figures.")
    static final class Day implements Callable<Integer> {
        @ParentCommand
        private ReportCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--date", paramLabel = "DATE",
                description = "The day, in the clinic's date order (DD/MM/YYYY or MM/DD/YYYY) or YYYY-MM-DD (default: today).")
        private String date;

        @Mixin
        private Outputs outputs;

        @Override
        public Integer call() {
            return run(group.root, spec, outputs, (session) -> date == null ? ReportPeriod.day(session.today())
                    : ReportPeriod.day(ReportPeriod.parseDay(date, session.services().dateOrder())));
        }
    }

    @Command(name = "month", description = "A month summary: the month's figures and each day's counts.")
    static final class Month implements Callable<Integer> {
        @ParentCommand
        private ReportCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: this month).")
        private String month;

        @Mixin
        private Outputs outputs;

        @Override
        public Integer call() {
            return run(group.root, spec, outputs, (session) -> ReportPeriod.month(month == null
                    ? java.time.YearMonth.from(session.today()) : ReportPeriod.parseMonth(month)));
        }
    }

    @Command(name = "register", description = "The daily register: a day's patients in order of arrival, with the "
            + "doctor, the diagnosis of the signed note, the status and when the visit closed.")
    static final class Register implements Callable<Integer> {
        @ParentCommand
        private ReportCommands group;

        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "DAY", arity = "0..1",
                description = "The day, in the clinic's date order (DD/MM/YYYY or MM/DD/YYYY) or YYYY-MM-DD (default: today).")
        private String date;

        @Option(names = "--csv", paramLabel = "FILE", description = "Write the register as CSV here (owner-only).")
        private Path csv;

        @Option(names = "--json", description = "Print the register as one JSON document: {register, files}.")
        private boolean json;

        @Override
        public Integer call() {
            org.clinicdesk.core.reports.DailyRegister register;
            try (Session session = group.root.signIn()) {
                java.time.LocalDate day = date == null ? session.today()
                        : ReportPeriod.parseDay(date, session.services().dateOrder());
                register = session.services().reports().register(session.actor(), day);
            }
            List<String> files = new ArrayList<>();
            if (csv != null) {
                try {
                    ReportFormat.write(csv, org.clinicdesk.app.reports.RegisterCsv.render(register));
                } catch (UncheckedIOException e) {
                    throw new ValidationException("csv", "cannot write " + csv + ": " + e.getCause().getMessage());
                }
                files.add(csv.toAbsolutePath().toString());
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(new PrintedRegister(register, files));
            } else if (csv != null) {
                out.line("Daily register " + register.day() + ": " + register.lines().size() + " patients; written "
                        + String.join(", ", files));
            } else {
                out.line(String.join("\t", org.clinicdesk.core.reports.DailyRegister.COLUMNS));
                for (var l : register.lines()) {
                    out.line(String.join("\t", l.token(), l.timeIn().toString(), l.uhid(), l.name(), l.age(), l.sex(),
                            l.village(), l.doctor(), l.diagnosis(), l.status().name(),
                            l.done().map(Object::toString).orElse(""), l.followUp().map(Object::toString).orElse(""),
                            l.followUpReason()));
                }
            }
            return ExitCode.OK;
        }
    }

    /** What {@code report register --json} prints. */
    record PrintedRegister(org.clinicdesk.core.reports.DailyRegister register, List<String> files) {
    }

    private static int run(ClinicDeskCommand root, CommandSpec spec, Outputs outputs,
                           Function<Session, ReportPeriod> period) {
        if (outputs.pdf == null && outputs.xlsx == null && !outputs.json) {
            throw new ValidationException("output", "give --pdf FILE, --xlsx FILE or --json (or several)");
        }
        ClinicReport report;
        try (Session session = root.signIn()) {
            report = session.services().reports().prepare(session.actor(), period.apply(session));
        }
        // every file is made before any is written, so a failure while making one leaves no file behind
        Map<Path, byte[]> made = new LinkedHashMap<>();
        if (outputs.pdf != null) {
            made.put(outputs.pdf, ReportFormat.PDF.render(report));
        }
        if (outputs.xlsx != null) {
            made.put(outputs.xlsx, ReportFormat.XLSX.render(report));
        }
        List<String> files = new ArrayList<>();
        made.forEach((file, bytes) -> {
            write(file == outputs.pdf ? ReportFormat.PDF : ReportFormat.XLSX, file, bytes);
            files.add(file.toAbsolutePath().toString());
        });
        Output out = Output.of(spec);
        if (outputs.json) {
            out.json(new Printed(report, files));
        } else {
            out.line(ReportText.title(report) + ": " + report.totals().queued() + " queued, " + report.totals().seen()
                    + " seen" + (files.isEmpty() ? "" : "; written " + String.join(", ", files)));
        }
        return ExitCode.OK;
    }

    private static void write(ReportFormat format, Path file, byte[] bytes) {
        try {
            ReportFormat.write(file, bytes);
        } catch (UncheckedIOException e) {
            throw new ValidationException(format.extension(), "cannot write " + file + ": " + e.getCause().getMessage());
        }
    }
}
