package org.clinicdesk.core.imports;

/** Thrown out of a file's transaction when a person cancelled the import, so that the file is rolled back. */
public final class ImportCancelled extends RuntimeException {
    public ImportCancelled() {
        super("the import was cancelled", null, false, false);
    }
}
