package org.clinicdesk.storage.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;

/**
 * The folder a network scanner writes to, seen as strictly as a share anyone can drop files on: only the entries
 * directly in it, by plain name (no {@code ../}, no sub-folders), never through a symbolic link and never a device or
 * pipe. Nothing here imports: a scan goes into a chart only when someone names the patient.
 */
public final class ScanInbox {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf");
    private final Path folder;

    private ScanInbox(Path folder) {
        this.folder = folder;
    }

    /** One scan in the folder: ready to import, or refused with the reason. */
    public record Entry(Path file, Optional<String> refusal) {
        public String name() {
            return file.getFileName().toString();
        }
    }

    /** The inbox over {@code folder} (its real path: the folder itself may be reached through a link). */
    public static ScanInbox of(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ValidationException("scanFolder", folder + " is not a folder");
        }
        try {
            return new ScanInbox(folder.toRealPath());
        } catch (IOException e) {
            throw new ValidationException("scanFolder", folder + " cannot be opened (" + e.getMessage() + ")");
        }
    }

    public Path folder() {
        return folder;
    }

    /** Every scan-like entry directly in the folder, sorted by name; hidden and other files are left alone. */
    public List<Entry> list() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                entry(file).ifPresent(entries::add);
            }
            return entries;
        } catch (IOException e) {
            throw new ValidationException("scanFolder", folder + " cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** The entry for a path the folder reported, if it looks like a scan; empty for hidden and other files. */
    public Optional<Entry> entry(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            return Optional.empty();
        }
        Path inside = folder.resolve(name);
        if (Files.isSymbolicLink(inside)) {
            return Optional.of(new Entry(inside, Optional.of("is a symbolic link, which the scan inbox never follows")));
        }
        if (!Files.isRegularFile(inside, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Entry(inside, Optional.of("is not a regular file (a folder, device or pipe)")));
        }
        return Optional.of(new Entry(inside, Optional.empty()));
    }

    /** Reads the scan called {@code name}, which must be a plain file name directly in this folder. */
    public DocumentFile read(String name, FileLimits limits) {
        Path relative = Path.of(name);
        if (relative.isAbsolute() || relative.getNameCount() != 1 || name.equals("..") || name.equals(".")) {
            throw new ValidationException("file", name + ": not a file directly in the scan folder " + folder);
        }
        return DocumentFiles.read(folder.resolve(relative), limits);
    }
}
