package org.clinicdesk.core.documents;

import java.util.Arrays;
import java.util.Optional;

/** The file types a clinic scans or receives, recognised by their first bytes, never by the file name. */
public enum MediaType {
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    TIFF_LITTLE_ENDIAN("image/tiff", new int[] {'I', 'I', 42, 0}),
    TIFF_BIG_ENDIAN("image/tiff", new int[] {'M', 'M', 0, 42}),
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'});

    private final String mime;
    private final int[] magic;

    MediaType(String mime, int[] magic) {
        this.mime = mime;
        this.magic = magic;
    }

    public String mime() {
        return mime;
    }

    public boolean isTiff() {
        return this == TIFF_LITTLE_ENDIAN || this == TIFF_BIG_ENDIAN;
    }

    /** The type whose signature the content starts with. */
    public static Optional<MediaType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
