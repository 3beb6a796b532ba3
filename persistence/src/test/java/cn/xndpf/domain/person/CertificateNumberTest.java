package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateNumberTest {

    private static final String ID = IdNumberTest.valid("63010219800101001");

    @Test
    void parsesCategoryAndLevel() {
        CertificateNumber n = CertificateNumber.of(ID + "42");
        assertEquals(DisabilityCategory.PHYSICAL, n.category());
        assertEquals(DisabilityLevel.TWO, n.level());
        assertEquals(ID, n.idNumber().value());
        assertEquals(ID + "42", n.value());
        assertEquals(n, CertificateNumber.of(IdNumber.of(ID), DisabilityCategory.PHYSICAL, DisabilityLevel.TWO));
    }

    @Test
    void rejectsCategoryOutsideOneToSeven() {
        assertEquals("certificateNumber.category",
                assertThrows(InvalidValueException.class, () -> CertificateNumber.of(ID + "82")).key());
        assertEquals("certificateNumber.category",
                assertThrows(InvalidValueException.class, () -> CertificateNumber.of(ID + "02")).key());
    }

    @Test
    void rejectsLevelOutsideOneToFour() {
        assertEquals("certificateNumber.level",
                assertThrows(InvalidValueException.class, () -> CertificateNumber.of(ID + "45")).key());
    }

    @Test
    void rejectsBadIdPartAndLength() {
        String badCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CertificateNumber.of(badCheck + "11"));
        assertEquals("certificateNumber.idPart", e.key());
        assertEquals("certificateNumber", e.field());
        assertEquals("certificateNumber.length",
                assertThrows(InvalidValueException.class, () -> CertificateNumber.of(ID + "1")).key());
    }
}
