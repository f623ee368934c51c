package org.clinicdesk.app.cli;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A small scanned prescription (PNG) for commands that add documents. */
final class PrescriptionScans {
    private PrescriptionScans() {
    }

    /** Writes {@code <folder>/scans/<name>}: white paper with one prescription line. */
    static Path write(Path folder, String name) throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawString("Tab. Metformin 500 mg BD", 10, 50);
        g.dispose();
        Path file = Files.createDirectories(folder.resolve("scans")).resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
