package org.clinicdesk.storage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.FileLimits;

/**
 * Reads a document file from disk for import or OCR: only a regular file, never through a symbolic link (the file is
 * opened with O_NOFOLLOW, so a link swapped in after the check is refused too), never a device or pipe, and never
 * more bytes than the size limit, whatever the file claims. Every refusal names the file.
 */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /** The file's bytes, named by its file name (as the chart keeps it). */
    public static DocumentFile read(Path file, FileLimits limits) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ValidationException("file", name + ": no such file");
        } catch (IOException e) {
            throw new ValidationException("file", name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (attributes.isSymbolicLink()) {
            throw new ValidationException("file", name + ": is a symbolic link, which is never followed; give the file itself");
        }
        if (!attributes.isRegularFile()) {
            throw new ValidationException("file", name + ": is not a regular file (a folder, device or pipe)");
        }
        DocumentFileCheck check = new DocumentFileCheck(limits);
        check.checkSize(name, attributes.size());
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            // One byte more than the limit tells a file that grew after the check from one exactly at the limit.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            check.checkSize(name, bytes.length);
            return new DocumentFile(name, bytes);
        } catch (IOException e) {
            throw new ValidationException("file", name + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
