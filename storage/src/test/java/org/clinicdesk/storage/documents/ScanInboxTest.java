package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.FileLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner's folder read as a share anyone can drop files on: only plain files directly inside it. */
class ScanInboxTest {
    @TempDir
    Path dir;

    @Test
    void linksAndFoldersAreRefusedOrIgnoredAndOnlyPlainNamesAreRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Path secret = Files.writeString(dir.resolve("secret.pdf"), "%PDF-1.4 not for the inbox");
        Files.writeString(folder.resolve("rx.pdf"), "%PDF-1.4 a scan");
        Files.createSymbolicLink(folder.resolve("link.pdf"), secret);
        Files.createDirectories(folder.resolve("sub.pdf"));
        Files.writeString(folder.resolve(".hidden.pdf"), "x");
        ScanInbox inbox = ScanInbox.of(folder);

        assertThat(inbox.list()).extracting(ScanInbox.Entry::name, ScanInbox.Entry::refusal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("link.pdf", Optional.of("is a symbolic link, which the scan inbox never follows")),
                org.assertj.core.groups.Tuple.tuple("rx.pdf", Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("sub.pdf", Optional.of("is not a regular file (a folder, device or pipe)")));
        assertThat(inbox.read("rx.pdf", FileLimits.DEFAULT).fileName()).isEqualTo("rx.pdf");
        assertThatThrownBy(() -> inbox.read("link.pdf", FileLimits.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("link.pdf: is a symbolic link");
        assertThatThrownBy(() -> inbox.read("../secret.pdf", FileLimits.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a file directly in the scan folder");
        assertThatThrownBy(() -> inbox.read(secret.toString(), FileLimits.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a file directly in the scan folder");
    }

    @Test
    void aDeviceIsNeverReadEvenWhenNamedDirectly() {
        assertThatThrownBy(() -> DocumentFiles.read(Path.of("/dev/zero"), FileLimits.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("zero: is not a regular file");
    }
}
