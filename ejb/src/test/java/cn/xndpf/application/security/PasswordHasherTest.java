package cn.xndpf.application.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHasher.hash("district123");
        assertTrue(hash.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(PasswordHasher.verify("district123", hash));
        assertFalse(PasswordHasher.verify("district124", hash));
        assertFalse(PasswordHasher.verify("", hash));
        assertFalse(PasswordHasher.verify("district123", "plain-text"));
        assertFalse(PasswordHasher.verify(null, hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same"), PasswordHasher.hash("same"));
    }
}
