package org.clinicdesk.core.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct hors".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("secret-123".toCharArray())).isNotEqualTo(hasher.hash("secret-123".toCharArray()));
    }

    @Test
    void aMalformedStoredHashNeverVerifies() {
        assertThat(hasher.verify("x".toCharArray(), "plain-text-password")).isFalse();
    }

    @Test
    void rolesAllowOnlyTheirOwnWork() {
        assertThat(Role.NURSE.may(Permission.SIGN_NOTES)).isFalse();
        assertThat(Role.RECEPTION.may(Permission.READ_NOTES)).isFalse();
        assertThat(Role.RECEPTION.may(Permission.WRITE_NOTES)).isFalse();
        assertThat(Role.DOCTOR.may(Permission.SIGN_NOTES)).isTrue();
        assertThat(Role.ADMIN.may(Permission.READ_NOTES)).isFalse();
    }
}
