package org.clinicdesk.storage.ocr.heldout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One paper's truth file read back: its image, quality, facts, denied facts, guesses, unlisted medicines, lines by hand. */
record HeldOutTruth(String name, String image, HeldOutQuality quality, List<String> facts, List<String> denied,
                    List<String> guesses, List<String> unlisted, List<String> handwritten) {

    static HeldOutTruth read(Path truthFile) throws IOException {
        String name = truthFile.getFileName().toString().replace(".truth", "");
        String image = null;
        HeldOutQuality quality = null;
        List<String> facts = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        List<String> guesses = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        List<String> handwritten = new ArrayList<>();
        for (String line : Files.readAllLines(truthFile)) {
            int space = line.indexOf(' ');
            String tag = line.substring(0, space);
            String value = line.substring(space + 1);
            switch (tag) {
                case "IMAGE" -> image = value;
                case "QUALITY" -> quality = HeldOutQuality.valueOf(value);
                case "FACT" -> facts.add(value);
                case "DENIED" -> denied.add(value);
                case "GUESS" -> guesses.add(value);
                case "UNLISTED" -> unlisted.add(value);
                case "HANDWRITTEN" -> handwritten.add(value);
                case "LAYOUT" -> { }
                default -> throw new IllegalArgumentException(truthFile + ": unknown line " + line);
            }
        }
        return new HeldOutTruth(name, image, quality, facts, denied, guesses, unlisted, handwritten);
    }
}
