package org.clinicdesk.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Hostile scans made at test time with the JDK alone (no PDF or image library, so the files are exactly what a
 * hostile scanner share could hold): a small PDF drawing one huge image, a PDF with a thousand pages, a TIFF
 * declaring a huge page over a few bytes of data, and a PNG whose few hundred kilobytes inflate to a huge image.
 * Every one is a valid file that would exhaust memory if decoded.
 */
public final class BombCorpus {
    private BombCorpus() {
    }

    /** One A4 page drawing a {@code side} x {@code side} 1-bit image of zeros, deflated (~side^2/8000 bytes). */
    public static Path pdfWithHugeImage(Path dir, String name, int side) throws IOException {
        byte[] image = deflatedZeros((long) side * ((side + 7) / 8), 0);
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"
                + " /Contents 4 0 R >>"));
        objects.add(stream("", ascii("q 595 0 0 842 0 0 cm /Im1 Do Q")));
        objects.add(stream("/Type /XObject /Subtype /Image /Width " + side + " /Height " + side
                + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode ", image));
        return Files.write(dir.resolve(name), pdf(objects));
    }

    /** {@code pages} blank A4 pages. */
    public static Path pdfWithPages(Path dir, String name, int pages) throws IOException {
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>"));
        for (int i = 0; i < pages; i++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>"));
        }
        return Files.write(dir.resolve(name), pdf(objects));
    }

    /** A little-endian TIFF whose one page declares {@code width} x {@code height} 1-bit pixels over 16 bytes. */
    public static Path tiffDeclaring(Path dir, String name, int width, int height) throws IOException {
        int entries = 9;
        int ifd = 8;
        int data = ifd + 2 + entries * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(data + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
        b.putShort((short) entries);
        tag(b, 256, 4, width);          // ImageWidth, LONG
        tag(b, 257, 4, height);         // ImageLength
        tag(b, 258, 3, 1);              // BitsPerSample, SHORT
        tag(b, 259, 3, 1);              // Compression: none
        tag(b, 262, 3, 1);              // Photometric: black is zero
        tag(b, 273, 4, data);           // StripOffsets
        tag(b, 277, 3, 1);              // SamplesPerPixel
        tag(b, 278, 4, height);         // RowsPerStrip
        tag(b, 279, 4, 16);             // StripByteCounts
        b.putInt(0);
        return Files.write(dir.resolve(name), b.array());
    }

    /** A {@code side} x {@code side} 1-bit grayscale PNG of zeros: a small file that inflates to side^2/8 bytes. */
    public static Path pngBomb(Path dir, String name, int side) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side);
        ihdr.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", deflatedZeros((long) side * (1 + (side + 7) / 8), 0));
        chunk(png, "IEND", new byte[0]);
        return Files.write(dir.resolve(name), png.toByteArray());
    }

    private static void tag(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = ascii(type);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflatedZeros(long length, int value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) value);
        try (OutputStream z = new DeflaterOutputStream(out)) {
            for (long left = length; left > 0; left -= block.length) {
                z.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return out.toByteArray();
    }

    private static byte[] stream(String dictionary, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ascii("<< " + dictionary + "/Length " + data.length + " >>\nstream\n"));
        out.write(data);
        out.write(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static byte[] pdf(List<byte[]> objects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ascii("%PDF-1.4\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.write(ascii((i + 1) + " 0 obj\n"));
            out.write(objects.get(i));
            out.write(ascii("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.write(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
