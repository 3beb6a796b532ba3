package cn.xndpf.domain.subsidy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused row's reasons fit their columns whatever the cell they quote held. */
class ImportRunRowTest {

    @Test
    void aReasonQuotingAHugeCellIsCutToTheColumnAndAShortOneIsKeptWhole() {
        String huge = "补贴类别“" + "x".repeat(32_000) + "”无效";
        ImportRunRow row = ImportRunRow.refused(1, 2, 1, "type", huge, "Unknown subsidy \"" + "x".repeat(32_000) + "\"");
        assertEquals(ImportRunRow.MAX_MESSAGE, row.message().length());
        assertTrue(row.message().startsWith("补贴类别“xxx") && row.message().endsWith("…"), row.message());
        assertEquals(ImportRunRow.MAX_MESSAGE, row.messageEn().length());
        assertEquals("请填写开户银行", ImportRunRow.refused(1, 2, 2, "bankName", "请填写开户银行", "Bank required").message());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "😀"; // two chars: a surrogate pair
        String message = "x".repeat(ImportRunRow.MAX_MESSAGE - 2) + emoji + "tail";
        String cut = ImportRunRow.refused(1, 2, 1, "type", message, message).message();
        assertEquals("x".repeat(ImportRunRow.MAX_MESSAGE - 2) + "…", cut);
    }
}
