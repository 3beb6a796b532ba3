package cn.xndpf.application.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+1+cmd|'+1+cmd",
            "-1+cmd|'-1+cmd",
            "@SUM(A1)|'@SUM(A1)",
            "-12.50|-12.50",
            "12|12",
            "青海银行|青海银行",
    })
    void formulaStartsGetAnApostrophe(String raw, String written) {
        assertEquals(written, ExportCells.neutralised(raw));
    }

    @Test
    void tabAndCarriageReturnStartsToo() {
        assertEquals("'\t=1", ExportCells.neutralised("\t=1"));
        assertEquals("'\r=1", ExportCells.neutralised("\r=1"));
        assertEquals("", ExportCells.neutralised(null));
    }

    @Test
    void csvQuotesAfterNeutralising() {
        assertEquals("\"'=A1,B1\"", ExportCells.csv("=A1,B1"));
        assertEquals("a,\"b\"\"c\",'@x", ExportCells.csvLine(List.of("a", "b\"c", "@x")));
    }
}
