package cn.xndpf.domain.division;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionCodeTest {

    @Test
    void levelsFollowTheCodeShape() {
        assertEquals(DivisionLevel.PROVINCE, DivisionCode.of("630000").level());
        assertEquals(DivisionLevel.CITY, DivisionCode.of("630100").level());
        assertEquals(DivisionLevel.COUNTY, DivisionCode.of("630102").level());
        assertEquals(DivisionLevel.TOWNSHIP, DivisionCode.of("630102001").level());
        assertEquals(DivisionLevel.COMMUNITY, DivisionCode.of("630102001002").level());
    }

    @Test
    void jurisdictionContainsItsSubtreeOnly() {
        DivisionCode city = DivisionCode.of("630100");
        DivisionCode chengdong = DivisionCode.of("630102");
        DivisionCode chengzhong = DivisionCode.of("630103");
        DivisionCode community = DivisionCode.of("630102001002");
        assertTrue(city.contains(community));
        assertTrue(chengdong.contains(community));
        assertFalse(chengzhong.contains(community));
        assertFalse(community.contains(chengdong));
        assertTrue(DivisionCode.of("630000").contains(chengzhong));
        assertFalse(city.contains(DivisionCode.of("630200")));
        assertEquals(chengdong, community.county());
    }

    @Test
    void rejectsMalformedCodes() {
        assertThrows(InvalidValueException.class, () -> DivisionCode.of("63010"));
        assertThrows(InvalidValueException.class, () -> DivisionCode.of("63010A"));
        assertThrows(InvalidValueException.class, () -> DivisionCode.of(null));
    }
}
