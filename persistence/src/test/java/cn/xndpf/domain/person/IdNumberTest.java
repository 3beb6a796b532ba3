package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** Builds a number with the right check character, as the demo generator does. */
    static String valid(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void knownCheckCharacterFromTheStandardsExample() {
        // GB 11643's worked example: 11010519491231002 -> X
        assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
        IdNumber id = IdNumber.of("11010519491231002x", TODAY);
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
    }

    @Test
    void sexComesFromTheSequenceDigit() {
        assertEquals(Sex.MALE, IdNumber.of(valid("63010219800101001"), TODAY).sex());
        assertEquals(Sex.FEMALE, IdNumber.of(valid("63010219800101002"), TODAY).sex());
    }

    @ParameterizedTest
    @CsvSource({
            "'', idNumber.required",
            "6301021980010100, idNumber.length",
            "63010219800101001A, idNumber.digits",
            "6301021980010A0012, idNumber.digits",
    })
    void rejectsMalformed(String raw, String key) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IdNumber.of(raw, TODAY));
        assertEquals(key, e.key());
        assertEquals("idNumber", e.field());
    }

    @Test
    void rejectsWrongCheckCharacter() {
        String good = valid("63010219800101001");
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IdNumber.of(good.substring(0, 17) + wrong, TODAY));
        assertEquals("idNumber.checkCharacter", e.key());
        assertEquals("身份证号校验码不正确", e.getMessage());
        assertEquals("The check character of the ID number is wrong", e.message(Locale.ENGLISH));
    }

    @Test
    void rejectsImpossibleAndFutureBirthDates() {
        assertEquals("idNumber.birthDate",
                assertThrows(InvalidValueException.class, () -> IdNumber.of(valid("63010219810229001"), TODAY)).key());
        assertEquals("idNumber.birthDateRange",
                assertThrows(InvalidValueException.class, () -> IdNumber.of(valid("63010220261130001"), TODAY)).key());
        // a leap day that exists and today itself are fine
        IdNumber.of(valid("63010219800229001"), TODAY);
        IdNumber.of(valid("63010220261129001"), TODAY);
    }

    @ParameterizedTest
    @CsvSource({"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83", "99"})
    void rejectsAFirstPairThatIsNoProvince(String pair) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IdNumber.of(valid(pair + "010219800101001"), TODAY));
        assertEquals("idNumber.region", e.key());
        assertEquals("身份证号前两位（" + pair + "）不是有效的省级行政区划代码", e.getMessage());
        assertEquals("The first two digits of the ID number (" + pair + ") are not a province-level division code",
                e.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"})
    void acceptsEveryProvinceRange(String pair) {
        // a person born elsewhere keeps the code of the place that issued the number (DOMAIN.md section 3)
        assertEquals(pair, IdNumber.of(valid(pair + "010219800101001"), TODAY).value().substring(0, 2));
    }

    @Test
    void aBirthDateBeforeTheRangeSaysSoAndNotInTheFuture() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IdNumber.of(valid("63010218000101001"), TODAY));
        assertEquals("idNumber.birthDateTooEarly", e.key());
        assertEquals("身份证号中的出生日期不能早于1880年", e.getMessage());
        assertEquals("The birth date in the ID number cannot be earlier than the year 1880", e.message(Locale.ENGLISH));
        assertEquals("idNumber.birthDateTooEarly",
                assertThrows(InvalidValueException.class, () -> IdNumber.of(valid("63010218791231001"), TODAY)).key());
        IdNumber.of(valid("63010218800101001"), TODAY);
    }

    @Test
    void masksEveryIdNumberWithinText() {
        String id = valid("63010219800101001");
        assertEquals("/api/v1/persons/" + IdNumber.of(id, TODAY).masked() + "/subsidies",
                IdNumber.maskWithin("/api/v1/persons/" + id + "/subsidies"));
        assertEquals("case 12345, 2026-01", IdNumber.maskWithin("case 12345, 2026-01"));
        assertEquals("id 6301**********001X.", IdNumber.maskWithin("id 63010219800101001X."));
    }

    @Test
    void masksTheMiddle() {
        assertEquals("6301**********0011", IdNumber.of(valid("63010219800101001"), TODAY).masked()
                .substring(0, 17) + "1");
        assertEquals(18, IdNumber.of(valid("63010219800101001"), TODAY).masked().length());
    }
}
