package org.clinicdesk.storage.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An old data folder made before files were owner-only is found and tightened: folders 0700, files 0600. */
class OwnerOnlyTest {
    @TempDir
    Path root;

    @Test
    void entriesWiderThanTheOwnerAreListedThenTightenedAndThenNoneAre() throws Exception {
        Path sub = Files.createDirectories(root.resolve("documents"));
        Path open = Files.writeString(sub.resolve("scan.png"), "x");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Path tight = root.resolve("store.key");
        OwnerOnly.writeAtomically(tight, new byte[] {1});
        Files.createSymbolicLink(root.resolve("link"), Path.of("/etc/hostname"));

        assertThat(OwnerOnly.posix()).isTrue();
        assertThat(OwnerOnly.widerThanOwner(root)).containsExactlyInAnyOrder(root, sub, open);
        assertThat(OwnerOnly.tighten(root)).isEqualTo(3);
        assertThat(OwnerOnly.widerThanOwner(root)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sub))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tight))).isEqualTo("rw-------");
        assertThat(OwnerOnly.tighten(root)).isZero();
    }

    @Test
    void aFolderThatIsNotThereHasNothingWide() throws Exception {
        assertThat(OwnerOnly.widerThanOwner(root.resolve("missing"))).isEmpty();
    }

    @Test
    void aNewFileIsOwnerOnlyFromItsCreation() throws Exception {
        Path f = OwnerOnly.newFile(root.resolve("new.bin"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        Path temp = Files.createTempFile(root, "t", ".tmp", OwnerOnly.fileAttributes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
    }
}
