package org.clinicdesk.core.documents;

/**
 * Outgoing port: decodes every page of a file that passed {@link DocumentFileCheck}, so a damaged or truncated
 * file is refused before anything is stored. Throws {@code ValidationException} naming the file and the reason.
 */
public interface PageDecoder {
    /** The number of pages, after decoding each of them once. */
    int decodeAll(DocumentFile file, MediaType type);
}
