package org.clinicdesk.storage.ocr.generator;

import java.awt.image.BufferedImage;
import java.util.List;

/** A rendered page with the text it shows and the facts it contains, written as {@link FactKeys} keys. */
public record GeneratedDocument(String name, DocumentKind kind, ScanQuality quality, List<String> lines,
                                List<String> expectedFacts, BufferedImage image) {
}
