package org.clinicdesk.storage.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.clinicdesk.core.documents.OcrWord;
import org.clinicdesk.core.documents.WordBox;

/**
 * One Tesseract engine (plus one orientation detector) held for the life of a worker thread. tess4j's
 * {@code Tesseract.doOCR} loads the language model on every call; going through the C API keeps it loaded and
 * gives words, confidences and boxes from the same recognition pass as the text. Not thread-safe: one per thread.
 */
final class TesseractPageReader implements AutoCloseable {
    private static final int PSM_AUTO = 3;
    private static final int PSM_OSD_ONLY = 0;
    private static final int DEFAULT_DPI = 300;
    // The interface mapping binds functions lazily; TessAPI1 (direct mapping) fails on Debian 12, whose
    // libtesseract lacks renderer symbols tess4j 5.18 declares.
    private static final TessAPI API = TessAPI.INSTANCE;

    private final TessBaseAPI reader;
    private final TessBaseAPI orientation;

    TesseractPageReader(String datapath, String language) {
        reader = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(reader, datapath, language) != 0) {
            API.TessBaseAPIDelete(reader);
            throw new IllegalStateException("Tesseract could not load language '" + language + "' from " + datapath);
        }
        API.TessBaseAPISetPageSegMode(reader, PSM_AUTO);
        orientation = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(orientation, datapath, "osd") != 0) {
            API.TessBaseAPIDelete(orientation);
            API.TessBaseAPIDelete(reader);
            throw new IllegalStateException("Tesseract could not load orientation data (osd) from " + datapath);
        }
        API.TessBaseAPISetPageSegMode(orientation, PSM_OSD_ONLY);
    }

    /** The page's orientation as Tesseract sees it: degrees to turn clockwise to make it upright, and confidence. */
    Optional<Orientation> detectOrientation(BufferedImage gray, int dpi) {
        setImage(orientation, gray, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
        int ok = API.TessBaseAPIDetectOrientationScript(orientation, degrees, confidence, script, scriptConfidence);
        API.TessBaseAPIClear(orientation);
        return ok == 0 ? Optional.empty() : Optional.of(new Orientation(degrees.get(0), confidence.get(0)));
    }

    /** Reads an 8-bit grayscale page: the text laid out in lines, and each word with its offsets into that text. */
    ReadPage read(BufferedImage gray, int dpi) {
        setImage(reader, gray, dpi);
        if (API.TessBaseAPIRecognize(reader, null) != 0) {
            API.TessBaseAPIClear(reader);
            throw new IllegalStateException("Tesseract failed to recognise the page");
        }
        StringBuilder text = new StringBuilder();
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator it = API.TessBaseAPIGetIterator(reader);
        if (it != null) {
            try {
                collectWords(it, text, words);
            } finally {
                API.TessResultIteratorDelete(it);
            }
        }
        API.TessBaseAPIClear(reader);
        return new ReadPage(text.toString(), words);
    }

    private static void collectWords(TessResultIterator it, StringBuilder text, List<OcrWord> words) {
        int level = TessPageIteratorLevel.RIL_WORD;
        TessPageIterator page = API.TessResultIteratorGetPageIterator(it);
        do {
            Pointer ptr = API.TessResultIteratorGetUTF8Text(it, level);
            if (ptr == null) {
                continue;
            }
            String word = ptr.getString(0, StandardCharsets.UTF_8.name());
            API.TessDeleteText(ptr);
            if (word.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                boolean newPara = API.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_PARA) != 0;
                boolean newLine = API.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0;
                text.append(newPara ? "\n\n" : newLine ? "\n" : " ");
            }
            float confidence = API.TessResultIteratorConfidence(it, level);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            API.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
            int start = text.length();
            text.append(word);
            words.add(new OcrWord(word, confidence, new WordBox(left.get(0), top.get(0),
                    right.get(0) - left.get(0), bottom.get(0) - top.get(0)), start, text.length(), symbolConfidences(it)));
        } while (API.TessResultIteratorNext(it, level) == 1);
    }

    /**
     * The confidence of each character of the word under {@code it}, from the same recognition pass: a copy of the
     * iterator walks the word's symbols, leaving {@code it} on the word.
     */
    private static List<Float> symbolConfidences(TessResultIterator it) {
        List<Float> confidences = new ArrayList<>();
        TessResultIterator symbols = API.TessResultIteratorCopy(it);
        try {
            TessPageIterator page = API.TessResultIteratorGetPageIterator(symbols);
            do {
                Pointer ptr = API.TessResultIteratorGetUTF8Text(symbols, TessPageIteratorLevel.RIL_SYMBOL);
                if (ptr == null) {
                    break;
                }
                int chars = ptr.getString(0, StandardCharsets.UTF_8.name()).length();
                API.TessDeleteText(ptr);
                float confidence = API.TessResultIteratorConfidence(symbols, TessPageIteratorLevel.RIL_SYMBOL);
                for (int i = 0; i < chars; i++) {
                    confidences.add(confidence);
                }
                if (API.TessPageIteratorIsAtFinalElement(page, TessPageIteratorLevel.RIL_WORD,
                        TessPageIteratorLevel.RIL_SYMBOL) != 0) {
                    break;
                }
            } while (API.TessResultIteratorNext(symbols, TessPageIteratorLevel.RIL_SYMBOL) == 1);
        } finally {
            API.TessResultIteratorDelete(symbols);
        }
        return confidences;
    }

    private static void setImage(TessBaseAPI api, BufferedImage gray, int dpi) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        API.TessBaseAPISetImage(api, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        if (dpi > 0) {
            API.TessBaseAPISetVariable(api, "user_defined_dpi", "0");
            API.TessBaseAPISetSourceResolution(api, dpi);
        } else {
            // No resolution in the file: tell Tesseract 300 dpi both ways, or it warns and assumes 70.
            API.TessBaseAPISetVariable(api, "user_defined_dpi", String.valueOf(DEFAULT_DPI));
            API.TessBaseAPISetSourceResolution(api, DEFAULT_DPI);
        }
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(reader);
        API.TessBaseAPIDelete(reader);
        API.TessBaseAPIEnd(orientation);
        API.TessBaseAPIDelete(orientation);
    }

    record Orientation(int degrees, float confidence) {
    }

    record ReadPage(String text, List<OcrWord> words) {
    }
}
