package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.TestIds;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import screen in a real browser: a workbook is uploaded and the rows that could not be taken
 * are listed with their row, column and reason in Chinese. (What is imported, and that nothing is
 * half-imported, is checked in {@code SubsidyImportJobIT}; this checks the upload and the report on screen.)
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class SubsidyImportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anUploadedWorkbookIsReportedRowByRow() throws IOException {
        String valid = TestIds.valid("630102", true);
        Path file = Files.createTempFile("subsidy-import-", ".xlsx");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = wb.createSheet("两项补贴申请");
                row(sheet, 0, "身份证号", "补贴类别", "开户银行", "银行账号", "申请日期");
                row(sheet, 1, TestIds.withWrongCheck(valid), "护理补贴", "青海银行", "6228480012345678901", "2026-01-05");
                row(sheet, 2, valid, "护理补贴", "青海银行", "6228480012345678901", "2026-01-05");
                wb.write(out);
            }

            StaffBrowser b = StaffBrowser.shared();
            b.login("clerk-dongguan", "clerk123");
            b.open("app/subsidy/import.xhtml");
            b.visible(By.id("import:template"));
            b.driver.findElement(By.cssSelector("input[type=file][id^='import:file']"))
                    .sendKeys(file.toAbsolutePath().toString());
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"),
                    "共读取2行：导入0行，2行未导入"));
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#import\\:problems_data > tr[data-ri]"));
            assertEquals(List.of("2 身份证号 身份证号校验码不正确", "3 身份证号 未找到该人员"),
                    rows.stream().map(r -> r.getText().replaceAll("\\s+", " ").trim()).toList());
            assertTrue(b.driver.findElement(By.id("import:imported")).getText().contains("无"), "nothing imported");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
