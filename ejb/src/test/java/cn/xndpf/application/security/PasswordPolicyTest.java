package cn.xndpf.application.security;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    @Test
    void aLongPasswordOfThreeClassesWithoutTheNamePasses() {
        assertDoesNotThrow(() -> policy.check("chengdong", "Qinghai-2026"));
        assertDoesNotThrow(() -> policy.check("chengdong", "qinghai_lake9"));
    }

    @Test
    void eachRuleSaysWhichItIs() {
        assertEquals("password.tooShort", refused("clerk", "Ab1-").key());
        assertEquals(10, refused("clerk", "Ab1-").args()[0]);
        assertEquals("password.tooFewClasses", refused("clerk", "qinghailake2026").key());
        assertEquals("password.containsUsername", refused("clerk", "MyCLERK-2026").key());
        assertEquals("password.tooShort", refused("clerk", null).key());
    }

    @Test
    void theNumbersComeFromTheSettings() {
        assertDoesNotThrow(() -> new PasswordPolicy(4, 1).check("clerk", "abcd"));
        assertThrows(InvalidValueException.class, () -> new PasswordPolicy(20, 1).check("clerk", "Qinghai-2026"));
    }

    private InvalidValueException refused(String user, String password) {
        return assertThrows(InvalidValueException.class, () -> policy.check(user, password));
    }
}
