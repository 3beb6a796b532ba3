package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.FundRules;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * 残疾人就业保障金计算明细表: a year's computed funds, every line of every employer's computation as it was stored,
 * one row per line, so an employer finds its own rows by its credit code and checks them step by step (staff
 * count, recognised employees, ratio, shortfall, wage and its cap, the reduction's share, the amount due) against
 * what it declared.
 */
public final class SecurityFundReport {

    /** The columns, in order. */
    public static final List<String> HEADINGS = List.of("统一社会信用代码", "单位名称", "所属区划", "年度", "序号", "项目",
            "数值");

    private SecurityFundReport() {
    }

    public static byte[] workbook(int year, List<FundView> funds) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(year + "年保障金计算明细");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(HEADINGS.get(i));
                head.getCell(i).setCellStyle(heading);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {22, 30, 10, 6, 6, 60, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 1;
            for (FundView f : funds) {
                int no = 1;
                for (FundRules.Line line : f.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(f.creditCode());
                    row.createCell(1).setCellValue(f.employerName());
                    row.createCell(2).setCellValue(f.divisionCode());
                    row.createCell(3).setCellValue(f.year());
                    row.createCell(4).setCellValue(no++);
                    row.createCell(5).setCellValue(line.label());
                    // kept as text: the value as stored and shown on the screen (a percentage, an amount to the fen)
                    row.createCell(6).setCellValue(line.value());
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }
}
