package org.clinicdesk.app.cli;

/** One line of {@code clinicdesk doctor}'s checklist. */
record DoctorCheck(String name, Outcome outcome, String detail) {

    /** How a check came out; only {@code FAILED} on a required check makes the doctor exit non-zero. */
    enum Outcome {
        PASSED("[ok]  "), WARNING("[warn]"), FAILED("[FAIL]"), INFO("[info]");

        private final String mark;

        Outcome(String mark) {
            this.mark = mark;
        }

        String mark() {
            return mark;
        }
    }

    static DoctorCheck passed(String name, String detail) {
        return new DoctorCheck(name, Outcome.PASSED, detail);
    }

    static DoctorCheck failed(String name, String detail) {
        return new DoctorCheck(name, Outcome.FAILED, detail);
    }

    static DoctorCheck info(String name, String detail) {
        return new DoctorCheck(name, Outcome.INFO, detail);
    }

    String line() {
        return outcome.mark() + " " + name + ": " + detail;
    }
}
