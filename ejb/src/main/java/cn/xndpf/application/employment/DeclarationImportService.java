package cn.xndpf.application.employment;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportTemplate;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.SheetColumn;
import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Excel import of annual declarations (年审申报导入), for employers' declarations collected on paper or in a
 * spreadsheet: one row per declared disabled employee (a row with the employee's columns left blank declares an
 * employer with nobody), the rows of one employer and year grouped into one declaration and taken by
 * {@link QuotaService#importDeclaration}, the very rules of the screen, each declaration in a transaction of its own.
 * A declaration is taken whole or not at all: a bad row is reported with its column and reason, and the other rows of
 * its declaration are reported as held back because of it, so nothing of a bad row is stored and no declaration is
 * stored short of an employee (it could not be completed afterwards: a declaration is made once a year). Importing the
 * same file again stores nothing twice (each employer's year is then declared). District and city staff; an employer
 * outside the caller's jurisdiction is answered like an unknown one.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
// No transaction of its own: every declaration gets a fresh one from QuotaService.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeclarationImportService {

    /** Rows one file may hold (a county's employers of a year). */
    public static final int MAX_ROWS = 5000;

    @EJB
    private QuotaService quota;

    /** One data row as read: the declaration it belongs to, its employee (null when none), what it got wrong. */
    private record Line(int row, String creditCode, Integer year, Integer staffCount, BigDecimal totalWages,
                        DeclarationForm.Employee employee, List<InvalidValueException> found) {
    }

    /**
     * Imports the declarations of a workbook (.xlsx): the first sheet, headings in its first row (see
     * {@link DeclarationColumn}).
     *
     * @param locale language of the problem messages in the report
     * @throws InvalidValueException (field {@code file}) when the file as a whole cannot be read; then nothing is
     *                               stored
     */
    public ImportReport importDeclarations(byte[] workbook, Locale locale) {
        List<Line> lines = new ArrayList<>();
        int rows = WorkbookReader.read(workbook, DeclarationColumn.class, MAX_ROWS, row -> lines.add(read(row)));

        List<ImportReport.ImportedRow> imported = new ArrayList<>();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        Map<String, List<Line>> declarations = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.creditCode() == null || l.year() == null) {
                report(l, l.found(), locale, problems); // belongs to no declaration that could be named
            } else {
                declarations.computeIfAbsent(l.creditCode() + "/" + l.year(), k -> new ArrayList<>()).add(l);
            }
        }
        int stoppedAt = 0;
        for (List<Line> declaration : declarations.values()) {
            if (stoppedAt > 0) {
                for (Line l : declaration) {
                    report(l, List.of(new InvalidValueException("file", "import.notReached",
                            String.valueOf(stoppedAt))), locale, problems);
                }
                continue;
            }
            try {
                take(declaration, locale, imported, problems);
            } catch (EJBException systemError) {
                // Each declaration is its own transaction: those before it stay stored, this one was rolled back.
                Line first = declaration.get(0);
                String incident = Incidents.record("declaration import, row " + first.row(), systemError);
                for (Line l : declaration) {
                    report(l, List.of(new InvalidValueException("file", "import.systemError", incident)), locale,
                            problems);
                }
                stoppedAt = first.row();
            }
        }
        imported.sort(java.util.Comparator.comparingInt(ImportReport.ImportedRow::row));
        problems.sort(java.util.Comparator.comparingInt(ImportReport.RowProblem::row));
        return new ImportReport(rows, List.copyOf(imported), List.copyOf(problems));
    }

    private void take(List<Line> declaration, Locale locale, List<ImportReport.ImportedRow> imported,
                      List<ImportReport.RowProblem> problems) {
        Line first = declaration.get(0);
        Map<IdNumber, Integer> seen = new HashMap<>();
        for (Line l : declaration) {
            if (!Objects.equals(l.staffCount(), first.staffCount())) {
                l.found().add(new InvalidValueException("staffCount", "employment.import.differs",
                        DeclarationColumn.STAFF_COUNT.chineseName(), String.valueOf(first.row())));
            }
            if (l.totalWages() == null ? first.totalWages() != null
                    : first.totalWages() == null || l.totalWages().compareTo(first.totalWages()) != 0) {
                l.found().add(new InvalidValueException("totalWages", "employment.import.differs",
                        DeclarationColumn.TOTAL_WAGES.chineseName(), String.valueOf(first.row())));
            }
            if (l.employee() != null && l.found().isEmpty()) {
                Integer before = seen.putIfAbsent(IdNumber.of(l.employee().idNumber()), l.row());
                if (before != null) {
                    l.found().add(new InvalidValueException(IdNumber.FIELD, "employment.import.sameEmployee",
                            String.valueOf(before)));
                }
            }
        }
        List<Line> bad = declaration.stream().filter(l -> !l.found().isEmpty()).toList();
        if (!bad.isEmpty()) {
            String badRows = bad.stream().map(l -> String.valueOf(l.row())).collect(Collectors.joining("、"));
            for (Line l : declaration) {
                report(l, l.found().isEmpty() ? List.of(new InvalidValueException("file",
                        "employment.import.heldBack", badRows)) : l.found(), locale, problems);
            }
            return;
        }
        List<DeclarationForm.Employee> employees = declaration.stream().map(Line::employee)
                .filter(Objects::nonNull).toList();
        try {
            DeclarationView d = quota.importDeclaration(first.creditCode(), new DeclarationForm(0, first.year(),
                    first.staffCount(), first.totalWages(), employees));
            for (Line l : declaration) {
                imported.add(new ImportReport.ImportedRow(l.row(), d.id(),
                        l.employee() == null ? null : IdNumber.of(l.employee().idNumber()).masked()));
            }
        } catch (InvalidValueException refused) {
            // a rule of the declaration as a whole (the employer, the year, declared before): every row of it says so
            for (Line l : declaration) {
                report(l, List.of(refused), locale, problems);
            }
        }
    }

    private static Line read(WorkbookReader.SheetRow<DeclarationColumn> row) {
        List<InvalidValueException> found = new ArrayList<>();
        String code = row.digits(DeclarationColumn.CREDIT_CODE, found);
        String creditCode = null;
        try {
            creditCode = code == null && !found.isEmpty() ? null : CreditCode.of(code).value();
        } catch (InvalidValueException e) {
            found.add(e);
        }
        Integer year = row.integer(DeclarationColumn.YEAR, found);
        if (year == null && found.stream().noneMatch(p -> p.field().equals("year"))) {
            found.add(new InvalidValueException("year", "employment.yearOutOfRange", PlatformClock.today().getYear()));
        }
        Integer staffCount = row.integer(DeclarationColumn.STAFF_COUNT, found);
        BigDecimal totalWages = row.decimal(DeclarationColumn.TOTAL_WAGES, found);
        DeclarationForm.Employee employee = null;
        boolean nobody = EnumSet.allOf(DeclarationColumn.class).stream().filter(DeclarationColumn::isEmployees)
                .allMatch(c -> row.text(c) == null);
        if (!nobody) {
            int before = found.size();
            String idNumber = row.digits(DeclarationColumn.ID_NUMBER, found);
            String certificate = row.digits(DeclarationColumn.CERTIFICATE, found);
            DisabilityLevel level = level(row.text(DeclarationColumn.LEVEL), found);
            LocalDate from = row.date(DeclarationColumn.CONTRACT_FROM, found);
            LocalDate to = row.text(DeclarationColumn.CONTRACT_TO) == null ? null
                    : row.date(DeclarationColumn.CONTRACT_TO, found);
            Integer months = row.integer(DeclarationColumn.INSURANCE_MONTHS, found);
            BigDecimal wage = row.decimal(DeclarationColumn.MONTHLY_WAGE, found);
            employee = new DeclarationForm.Employee(idNumber, certificate, from, to, months, wage);
            if (found.size() == before) {
                // the employee's own numbers, by the rules every channel shares, then the level the row states
                try {
                    QuotaService.declared(employee);
                    DisabilityLevel certified = CertificateNumber.of(certificate).level();
                    if (level != null && level != certified) {
                        found.add(new InvalidValueException("level", "employment.import.levelNotCertificates",
                                certified.chineseName()));
                    }
                } catch (InvalidValueException e) {
                    found.add(e);
                }
            }
        }
        return new Line(row.number(), creditCode, year, staffCount, totalWages, employee, reworded(found));
    }

    private static DisabilityLevel level(String text, List<InvalidValueException> found) {
        if (text == null) {
            found.add(new InvalidValueException("level", "employment.employeeFieldRequired",
                    DeclarationColumn.LEVEL.chineseName()));
            return null;
        }
        for (DisabilityLevel l : DisabilityLevel.values()) {
            if (text.equals(l.chineseName()) || text.equals(String.valueOf(l.code()))
                    || text.equalsIgnoreCase(l.englishName()) || text.equalsIgnoreCase(l.name())) {
                return l;
            }
        }
        found.add(new InvalidValueException("level", "employment.import.levelUnknown", text));
        return null;
    }

    /** The reader words a bad date as the subsidy import's application date; here it is a contract's. */
    private static List<InvalidValueException> reworded(List<InvalidValueException> found) {
        List<InvalidValueException> out = new ArrayList<>();
        for (InvalidValueException p : found) {
            if (p.key().equals("import.dateFormat")) {
                SheetColumn c = SheetColumn.of(DeclarationColumn.values(), p.field());
                out.add(new InvalidValueException(p.field(), "employment.import.dateFormat",
                        c == null ? p.field() : c.chineseName(), p.args().length > 0 ? p.args()[0] : ""));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static void report(Line l, List<InvalidValueException> found, Locale locale,
                               List<ImportReport.RowProblem> problems) {
        for (InvalidValueException p : found) {
            problems.add(new ImportReport.RowProblem(l.row(), SheetColumn.of(DeclarationColumn.values(), p.field()),
                    p.message(locale)));
        }
    }

    /** A workbook to fill in: the headings, text-formatted number columns, notes. */
    public byte[] template() {
        return ImportTemplate.workbook("年审申报", DeclarationColumn.values(),
                EnumSet.of(DeclarationColumn.CONTRACT_FROM, DeclarationColumn.CONTRACT_TO), List.of(
                        "填写说明（导入时只读取第一个工作表）",
                        "1. 第一行为列标题，请勿修改；从第二行起每行填写一名残疾人职工，最多 " + MAX_ROWS + " 行。",
                        "2. 同一单位同一年度的各行合为一份申报，各行的在职职工人数、职工工资总额（元）须相同；"
                                + "未安排残疾人就业的单位填一行，残疾人职工各列留空。",
                        "3. 统一社会信用代码、身份证号、残疾人证号为文本格式，请直接输入，不要改为数值格式（否则会丢失位数）。",
                        "4. 申报年度为已结束的年度；残疾等级填“一级”至“四级”，须与残疾人证号所载等级一致；"
                                + "劳动合同日期格式如 2024-03-01，无固定期限的合同终止日期留空；社保缴纳月数为0至12；月工资单位为元。",
                        "5. 用人单位须已登记且在您的辖区内；每家单位每年只申报一次。",
                        "6. 一份申报的各行全部无误才导入（导入后待年审）；有误的行列出行号、列和原因，同一申报的其他行注明暂未导入，"
                                + "改正后可重新导入同一文件（已导入的申报不会重复导入）。"),
                sheet -> {
                });
    }
}
