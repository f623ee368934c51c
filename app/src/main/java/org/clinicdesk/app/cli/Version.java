package org.clinicdesk.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code clinicdesk --version}: the jar's, or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ClinicDeskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ClinicDesk " + (version == null ? "development build" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
