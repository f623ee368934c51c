package org.clinicdesk.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vitals add}: records a set of observations and prints them with their NEWS2 score. */
@Command(name = "vitals", description = "Vital signs.", subcommands = VitalsCommands.Add.class)
final class VitalsCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /** Fields of {@code vitals add --json}: the reading and its NEWS2 score. */
    record Recorded(String id, String uhid, Instant takenAt, String takenBy, Reading vitals, Score news2) {
    }

    record Reading(int hr, int rr, int sbp, int dbp, double tempC, int spo2, int scale, boolean oxygen, String acvpu,
                   Double weightKg, Double heightCm) {
        static Reading of(VitalSigns s) {
            return new Reading(s.heartRate(), s.respiratoryRate(), s.systolic(), s.diastolic(), s.temperatureC(),
                    s.spo2(), s.scale().number(), s.onOxygen(), s.consciousness().name(), s.weightKg(), s.heightCm());
        }
    }

    record Score(int total, boolean redFlag, String response, String responseDescription, Map<String, Integer> points) {
        static Score of(News2Score n) {
            // Points in the order of the NEWS2 chart, not the map's hash order.
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (String p : new String[] {"respiration rate", "SpO2", "air or oxygen", "systolic pressure", "pulse",
                    "consciousness", "temperature"}) {
                if (n.points().containsKey(p)) {
                    ordered.put(p, n.points().get(p));
                }
            }
            n.points().forEach(ordered::putIfAbsent);
            return new Score(n.total(), n.redFlag(), n.response().name(), n.response().description(), ordered);
        }
    }

    @Command(name = "add", description = "Record vitals; prints NEWS2 with the vitals.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private VitalsCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID")
        private String uhid;

        @Option(names = "--hr", required = true, paramLabel = "BPM", description = "Heart rate, beats/min.")
        private int hr;

        @Option(names = "--rr", required = true, paramLabel = "N", description = "Respiratory rate, breaths/min.")
        private int rr;

        @Option(names = "--sbp", required = true, paramLabel = "MMHG", description = "Systolic pressure.")
        private int sbp;

        @Option(names = "--dbp", required = true, paramLabel = "MMHG", description = "Diastolic pressure.")
        private int dbp;

        @Option(names = "--temp", required = true, paramLabel = "DEGREES",
                description = "Temperature in Celsius; a trailing F means Fahrenheit (101.3F).")
        private String temp;

        @Option(names = "--spo2", required = true, paramLabel = "PERCENT")
        private int spo2;

        @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1", description = "NEWS2 SpO2 scale.")
        private String scale;

        @Option(names = "--oxygen", description = "The patient is on supplemental oxygen.")
        private boolean oxygen;

        @Option(names = "--acvpu", paramLabel = "A|C|V|P|U", defaultValue = "A")
        private String acvpu;

        @Option(names = "--weight", paramLabel = "KG")
        private Double weight;

        @Option(names = "--height", paramLabel = "CM")
        private Double height;

        @Option(names = "--json", description = "Print one JSON document: {id, uhid, takenAt, takenBy, vitals, news2}.")
        private boolean json;

        @Override
        public Integer call() {
            Recorded recorded;
            try (Session session = group.root.signIn()) {
                recorded = session.inTransaction(() -> {
                    VitalSigns signs = new VitalSigns(hr, rr, sbp, dbp, TemperatureInput.celsius(temp), spo2,
                            SpO2Scale.parse(scale), oxygen, Acvpu.parse(acvpu), weight, height);
                    Patient patient = session.services().patients().require(session.actor(), uhid);
                    Vitals v = session.services().vitals().record(session.actor(), patient, signs);
                    return new Recorded(v.id().toString(), patient.uhid().value(), v.takenAt(), v.takenBy(),
                            Reading.of(v.signs()), Score.of(v.news2()));
                });
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(recorded);
            } else {
                print(out, recorded);
            }
            return ExitCode.OK;
        }

        private static void print(Output out, Recorded r) {
            Reading v = r.vitals();
            out.line(String.format(Locale.ROOT, "Vitals for %s: HR %d, RR %d, BP %d/%d, temp %.1f °C, SpO2 %d%% (scale %d)%s, %s",
                    r.uhid(), v.hr(), v.rr(), v.sbp(), v.dbp(), v.tempC(), v.spo2(), v.scale(),
                    v.oxygen() ? " on oxygen" : " on air", Acvpu.valueOf(v.acvpu()).label().toLowerCase(Locale.ROOT)));
            Score s = r.news2();
            out.line("NEWS2 " + s.total() + (s.redFlag() ? " with a red flag (a single parameter scores 3)" : "")
                    + ": " + s.responseDescription());
            s.points().forEach((parameter, points) -> out.line(String.format(Locale.ROOT, "  %-18s %d", parameter, points)));
        }
    }
}
