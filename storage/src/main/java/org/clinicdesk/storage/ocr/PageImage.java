package org.clinicdesk.storage.ocr;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/** One decoded page ready for OCR, with the resolution its file declared (empty when it declared none). */
public record PageImage(int number, BufferedImage image, OptionalInt dpi) {
}
