package org.clinicdesk.core.documents;

import java.util.Objects;

/** A file offered for import: the name it had (for messages and display) and its bytes. */
public record DocumentFile(String fileName, byte[] content) {
    public DocumentFile {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null || fileName.isBlank() ? "unnamed file" : fileName.strip();
    }
}
