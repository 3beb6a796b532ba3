package cn.xndpf.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataMasksTest {

    @Test
    void eachKindHasOneRule() {
        assertEquals("***************8901", PersonalDataMasks.bankAccount("6228480012345678901"));
        assertEquals("1234", PersonalDataMasks.bankAccount("1234"));
        assertEquals("138****5678", PersonalDataMasks.phone("13812345678"));
        assertEquals("097*****3456", PersonalDataMasks.phone("0971-8123456"));
        assertEquals("*******", PersonalDataMasks.phone("8123456"));
        assertEquals("青海省西宁市****", PersonalDataMasks.address("青海省西宁市城东区东关大街12号"));
        assertEquals("东关****", PersonalDataMasks.address("东关大街"));
        assertNull(PersonalDataMasks.phone(null));
    }

    @Test
    void anAuditSnapshotHoldsNoPersonalValueInClear() {
        Map<String, Object> household = new LinkedHashMap<>();
        household.put("address", "西宁市城东区八一路99号");
        household.put("members", List.of("630102198001010011"));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("idNumber", "630102198001010011");
        snapshot.put("number", "63010219800101001142");
        snapshot.put("phone", "13812345678");
        snapshot.put("bankAccount", "6228480012345678901");
        snapshot.put("note", "申请人 630102198001010011 来电");
        snapshot.put("urban", true);
        snapshot.put("deathDate", null);
        snapshot.put("household", household);

        Map<String, Object> masked = PersonalDataMasks.forAudit(snapshot);

        assertEquals("6301**********0011", masked.get("idNumber"));
        assertEquals("6301**********001142", masked.get("number"), "the ID number inside a certificate number");
        assertEquals("138****5678", masked.get("phone"));
        assertEquals("***************8901", masked.get("bankAccount"));
        assertEquals("申请人 6301**********0011 来电", masked.get("note"));
        assertEquals(true, masked.get("urban"));
        assertNull(masked.get("deathDate"));
        assertEquals(Map.of("address", "西宁市城东区****", "members", List.of("6301**********0011")),
                masked.get("household"));
        assertNull(PersonalDataMasks.forAudit(null));
    }
}
