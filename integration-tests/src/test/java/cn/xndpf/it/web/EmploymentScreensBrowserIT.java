package cn.xndpf.it.web;

import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual verification journey on the screens (年审): 城东区 staff register an employer (a wrong check character
 * refused in Chinese next to its field), enter its declaration of last year with one disabled employee, verify it
 * (the employee is not in the registry: not recognised, the reason shown), compute the fund and read it line by
 * line, then find it on the collection page with its county's totals; each page checked by axe-core. And the import
 * of declarations from a workbook: uploaded on its page, each refused row named with its column and reason in Chinese.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
class EmploymentScreensBrowserIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @Test
    void districtStaffVerifyAnEmployersYearAndComputeItsFundLineByLine() {
        StaffBrowser b = StaffBrowser.shared();
        StringBuilder first17 = new StringBuilder("91630102");
        for (int i = 0; i < 9; i++) {
            first17.append((char) ('0' + RANDOM.nextInt(10)));
        }
        char check = CreditCode.checkCharacter(first17.toString());
        String code = first17.toString() + check;
        String wrong = first17.toString() + (check == '0' ? '1' : '0');
        String name = "浏览器年审企业" + RANDOM.nextInt(1_000_000);
        int year = PlatformClock.today().getYear() - 1;

        // 1. 用人单位: a wrong check character is refused next to the code; the right one is registered.
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuEmployers")).click();
        b.waitForAjax();
        b.visible(By.id("employer:creditCode")).sendKeys(wrong);
        b.driver.findElement(By.id("employer:name")).sendKeys(name);
        b.driver.findElement(By.id("employer:division")).sendKeys("630102");
        new Select(b.driver.findElement(By.id("employer:kind"))).selectByVisibleText("企业");
        b.driver.findElement(By.id("employer:taxOffice")).sendKeys("国家税务总局西宁市城东区税务局");
        b.driver.findElement(By.id("employer:register")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer:creditCodeMsg"),
                "统一社会信用代码校验码不正确"));
        b.checkAccessibility("employers: refused code");
        WebElement codeField = b.driver.findElement(By.id("employer:creditCode"));
        codeField.clear();
        codeField.sendKeys(code);
        b.driver.findElement(By.id("employer:register")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer:messages"), name));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employers"), code));

        // 2. 年审申报: last year's declaration with one employee whose ID number is not in the registry.
        b.driver.findElement(By.id("menuEmploymentDeclaration")).click();
        b.waitForAjax();
        new Select(b.visible(By.id("choose:employer"))).selectByVisibleText(name + "（" + code + "）");
        WebElement yearField = b.driver.findElement(By.id("choose:year"));
        yearField.clear();
        yearField.sendKeys(String.valueOf(year));
        b.driver.findElement(By.id("choose:show")).click();
        b.visible(By.id("declareHeading"));
        b.checkAccessibility("declaration: empty form");
        String id17 = "63010219850601" + String.format("%03d", 1 + RANDOM.nextInt(998));
        String id = id17 + IdNumber.checkCharacter(id17);
        b.visible(By.id("employee:idNumber")).sendKeys(id);
        b.driver.findElement(By.id("employee:certificateNumber")).sendKeys(id + "43");
        b.driver.findElement(By.id("employee:contractFrom_input")).sendKeys((year - 2) + "-03-01");
        b.driver.findElement(By.id("employee:insuranceMonths")).sendKeys("12");
        b.driver.findElement(By.id("employee:monthlyWage")).sendKeys("3000");
        b.driver.findElement(By.id("employee:add")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("added"), id));
        b.driver.findElement(By.id("declare:staffCount")).sendKeys("100");
        b.driver.findElement(By.id("declare:totalWages")).sendKeys("5000000");
        b.driver.findElement(By.id("declare:send")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "待审核"));

        // 3. 年审: not recognised, with its reason; nobody counted.
        b.driver.findElement(By.id("result:verify")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "未在残疾人登记库中找到此身份证号"));
        assertEquals("0", b.driver.findElement(By.id("recognised")).getText().trim());
        b.checkAccessibility("declaration: verified");

        // 4. The fund, line by line: 100 x 1.5% = 1.5 short, 50000.00 a year, below 1%: 90% -> 67500.00.
        b.driver.findElement(By.id("result:compute")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fundLines"), "67500.00"));
        String lines = b.driver.findElement(By.id("fundLines")).getText();
        assertTrue(lines.contains("差额人数") && lines.contains("1.5") && lines.contains("50000.00")
                && lines.contains("90%"), lines);
        b.checkAccessibility("declaration: fund lines");

        // 5. 保障金征收情况: the employer with its due and the county's totals.
        b.driver.findElement(By.id("menuEmploymentFunds")).click();
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employerFunds"), code));
        WebElement row = b.driver.findElements(By.cssSelector("#employerFunds tbody tr")).stream()
                .filter(r -> r.getText().contains(code)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("67500.00"), row.getText());
        assertTrue(b.driver.findElement(By.id("divisionTotals")).getText().contains("630102"));
        b.checkAccessibility("funds");
    }

    /**
     * 年审申报导入 over the real upload: an employer registered on its screen declares its year with nobody, taken;
     * an unregistered employer's row and a wrong check character are refused with their reasons in Chinese (the
     * grouping of rows, and that a bad row stores nothing, are {@code EmploymentIT}'s).
     */
    @Test
    void aWorkbookOfDeclarationsIsUploadedAndEachRefusedRowNamedInChinese() throws IOException {
        String registered = creditCode();
        String unknown = creditCode();
        char check = unknown.charAt(17);
        String wrong = unknown.substring(0, 17) + (check == '0' ? '1' : '0');
        String name = "浏览器导入企业" + RANDOM.nextInt(1_000_000);
        String year = String.valueOf(PlatformClock.today().getYear() - 1);
        Path file = Files.createTempFile("declarations-", ".xlsx");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = wb.createSheet("年审申报");
                cells(sheet.createRow(0), "统一社会信用代码", "申报年度", "在职职工人数", "职工工资总额", "身份证号",
                        "残疾人证号", "残疾等级", "劳动合同起始日期", "劳动合同终止日期", "社保缴纳月数", "月工资");
                cells(sheet.createRow(1), registered, year, "25", "1500000");
                cells(sheet.createRow(2), unknown, year, "40", "1500000");
                cells(sheet.createRow(3), wrong, year, "40", "1500000");
                wb.write(out);
            }
            StaffBrowser b = StaffBrowser.shared();
            b.login("chengdong", "district123");
            b.driver.findElement(By.id("menuEmployers")).click();
            b.waitForAjax();
            b.visible(By.id("employer:creditCode")).sendKeys(registered);
            b.driver.findElement(By.id("employer:name")).sendKeys(name);
            b.driver.findElement(By.id("employer:division")).sendKeys("630102");
            new Select(b.driver.findElement(By.id("employer:kind"))).selectByVisibleText("企业");
            b.driver.findElement(By.id("employer:taxOffice")).sendKeys("国家税务总局西宁市城东区税务局");
            b.driver.findElement(By.id("employer:register")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employer:messages"), name));

            b.driver.findElement(By.id("menuEmploymentImport")).click();
            b.visible(By.id("import:template"));
            b.checkAccessibility("declaration import: empty");
            b.driver.findElement(By.cssSelector("input[type=file][id^='import:file']"))
                    .sendKeys(file.toAbsolutePath().toString());
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"),
                    "共读取3行：导入1行，2行未导入"));
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#import\\:problems_data > tr[data-ri]"));
            assertEquals(List.of("3 统一社会信用代码 未找到该用人单位", "4 统一社会信用代码 统一社会信用代码校验码不正确"),
                    rows.stream().map(r -> r.getText().replaceAll("\\s+", " ").trim()).toList());
            List<WebElement> taken = b.driver.findElements(By.cssSelector("#import\\:imported_data > tr[data-ri]"));
            assertEquals(1, taken.size());
            assertTrue(taken.get(0).getText().startsWith("2"), taken.get(0).getText());
            b.checkAccessibility("declaration import: report");

            // the imported declaration waits on the declaration page like one entered there
            b.driver.findElement(By.id("menuEmploymentDeclaration")).click();
            b.waitForAjax();
            new Select(b.visible(By.id("choose:employer"))).selectByVisibleText(name + "（" + registered + "）");
            WebElement yearField = b.driver.findElement(By.id("choose:year"));
            yearField.clear();
            yearField.sendKeys(year);
            b.driver.findElement(By.id("choose:show")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "在职职工人数：25"));
            b.visible(By.id("result:verify"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * training/fairs/placements on their two pages (城东区 staff; a certificate holder and an employer made by
     * {@code EmploymentServicesFixture}): a course sent empty names its field in Chinese, is opened, the holder enrolled
     * (a second time refused) and completed, the course counting one person-time; a job fair with the employer, the
     * holder and others; a quota placement without its employer refused in Chinese, with it placed and then ended;
     * axe on each state. The rules behind each refusal, and that a refusal changes nothing, are
     * {@code EmploymentServicesIT}'s.
     */
    @Test
    void aCourseAFairAndAPlacementAreRecordedOnTheirPages() throws IOException, InterruptedException {
        HttpResponse<String> fixture = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(StaffBrowser.url("it/employment-services-fixture"))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, fixture.statusCode(), fixture.body());
        String[] lines = fixture.body().trim().split("\\R");
        String id = lines[0].substring("idNumber=".length());
        String code = lines[1].substring("creditCode=".length());
        String masked = id.substring(0, 4) + "**********" + id.substring(14);
        String course = "浏览器面点班" + RANDOM.nextInt(1_000_000);

        // 1. 职业技能培训: an empty course refused in Chinese; opened; the holder enrolled once, then completed.
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.driver.findElement(By.id("menuEmploymentTraining")).click();
        b.visible(By.id("training:openButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training"), "请填写培训班名称"));
        b.checkAccessibility("training: refused");
        b.driver.findElement(By.id("training:name")).sendKeys(course);
        b.driver.findElement(By.id("training:trade")).sendKeys("面点师");
        b.driver.findElement(By.id("training:organiser")).sendKeys("城东区残联");
        b.driver.findElement(By.id("training:division")).sendKeys("630102");
        b.driver.findElement(By.id("training:totalCost")).sendKeys("6400.00");
        b.driver.findElement(By.id("training:openButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("courseTitle"), course));
        b.visible(By.id("training:idNumber")).sendKeys(id);
        b.driver.findElement(By.id("training:enrolButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:traineeList"), masked));
        b.visible(By.id("training:idNumber")).sendKeys(id);
        b.driver.findElement(By.id("training:enrolButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training"), "已参加这个培训班"));
        b.driver.findElement(By.id("training:completeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:messages"), "已登记结业"));
        WebElement row = b.driver.findElements(By.cssSelector("#training\\:courses tbody tr")).stream()
                .filter(r -> r.getText().contains(course)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("6400.00") && row.getText().replaceAll("\\s+", " ").contains(" 1 1 "),
                row.getText());
        assertTrue(b.driver.findElement(By.id("training:traineeList")).getText()
                .contains(PlatformClock.today().toString()), "completed today");
        b.checkAccessibility("training: a course with its trainee");

        // 2. 招聘会与就业安置: a fair, then a quota placement refused without its employer, placed with it, ended.
        b.driver.findElement(By.id("menuEmploymentFairs")).click();
        b.visible(By.id("fair:place")).sendKeys("城东区人力资源市场");
        b.driver.findElement(By.id("fair:division")).sendKeys("630102");
        b.driver.findElement(By.id("fair:organiser")).sendKeys("城东区残联");
        b.driver.findElement(By.id("fair:employers")).sendKeys(code);
        b.driver.findElement(By.id("fair:seekers")).sendKeys(id);
        b.driver.findElement(By.id("fair:otherSeekers")).sendKeys("12");
        b.driver.findElement(By.id("fair:jobsOffered")).sendKeys("45");
        b.driver.findElement(By.id("fair:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair:messages"), "求职者13人"));
        b.visible(By.id("placement:idNumber")).sendKeys(id);
        new Select(b.driver.findElement(By.id("placement:kind"))).selectByVisibleText("按比例就业");
        b.driver.findElement(By.id("placement:placeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placement"), "须填写用人单位"));
        b.checkAccessibility("placement: refused");
        b.driver.findElement(By.id("placement:employer")).sendKeys(code);
        b.driver.findElement(By.id("placement:placeButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placement:messages"), "已登记就业安置"));
        WebElement placed = b.driver.findElements(By.cssSelector("#placement\\:placementList tbody tr")).stream()
                .filter(r -> r.getText().contains(masked)).findFirst().orElseThrow();
        assertTrue(placed.getText().contains("按比例就业"), placed.getText());
        placed.findElement(By.cssSelector("button[id$=':end']")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placement:messages"), "已结束就业安置"));
        b.checkAccessibility("fairs and placements");
    }

    private static String creditCode() {
        StringBuilder first17 = new StringBuilder("91630102");
        for (int i = 0; i < 9; i++) {
            first17.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /**
     * sheltered/bases: city staff register a 辅助性就业机构 on the institutions page; 城东区 staff register a person,
     * take them as the institution's worker from last month's first day (an unregistered number refused in Chinese
     * next to its field), pay last month's subsidy (one worker at the rate of V67) and see it listed, then record a
     * 堆绣 base and find it listed; axe on each page.
     */
    @Test
    void districtStaffTakeAShelteredWorkerPayTheMonthAndRecordAHeritageBase() {
        StaffBrowser b = StaffBrowser.shared();
        String institution = "浏览器辅助性就业" + RANDOM.nextInt(1_000_000);
        java.time.YearMonth lastMonth = java.time.YearMonth.from(PlatformClock.today()).minusMonths(1);

        b.login("city", "city123");
        b.driver.findElement(By.id("menuInstitutions")).click();
        b.waitForAjax();
        b.visible(By.id("institutions:name")).sendKeys(institution);
        new Select(b.driver.findElement(By.id("institutions:kind"))).selectByVisibleText("辅助性就业机构");
        b.driver.findElement(By.id("institutions:qualification")).sendKeys("青残就字〔2024〕5号");
        b.driver.findElement(By.id("institutions:capacity")).sendKeys("20");
        b.driver.findElement(By.id("institutions:division")).sendKeys("630102");
        b.driver.findElement(By.id("institutions:validFrom_input")).sendKeys("2024-01-01");
        b.driver.findElement(By.xpath("//label[normalize-space(.) = '辅助性就业']")).click();
        b.driver.findElement(By.id("institutions:saveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutions:messages"), institution));

        b.login("chengdong", "district123");
        String first17 = "630102" + java.time.LocalDate.of(1970, 1, 1).plusDays(RANDOM.nextInt(12_000)).toString()
                .replace("-", "") + String.format("%03d", RANDOM.nextInt(1000));
        String id = first17 + IdNumber.checkCharacter(first17);
        String person = "辅助就业" + (char) (0x4E00 + RANDOM.nextInt(0x5000)) + (char) (0x4E00 + RANDOM.nextInt(0x5000));
        b.driver.findElement(By.id("menuRegister")).click();
        b.visible(By.id("reg:idNumber")).sendKeys(id, org.openqa.selenium.Keys.TAB);
        b.waitForAjax();
        b.driver.findElement(By.id("reg:name")).sendKeys(person);
        b.driver.findElement(By.id("reg:ethnicity")).sendKeys("汉族");
        b.driver.findElement(By.id("reg:phone")).sendKeys("0971-1234567");
        b.driver.findElement(By.id("reg:address")).sendKeys("西宁市城东区东关大街2号");
        new Select(b.driver.findElement(By.id("reg:division"))).selectByValue("630102001001");
        b.waitForAjax();
        b.driver.findElement(By.id("reg:household")).sendKeys("HSE" + System.currentTimeMillis());
        b.driver.findElement(By.id("reg:save")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/person/view.xhtml"));

        b.driver.findElement(By.id("menuEmploymentSheltered")).click();
        b.waitForAjax();
        new Select(b.visible(By.id("choose:institution"))).selectByVisibleText(institution + "（630102）");
        b.waitForAjax();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("noWorker"), "尚无"));
        b.checkAccessibility("sheltered: no worker");
        String unregistered = "630102" + "19800101" + "99" ;
        unregistered = unregistered + (char) ('1' + RANDOM.nextInt(8));
        unregistered = unregistered + IdNumber.checkCharacter(unregistered);
        b.visible(By.id("admit:idNumber")).sendKeys(unregistered);
        b.driver.findElement(By.id("admit:from_input")).sendKeys(lastMonth.atDay(1).toString());
        b.driver.findElement(By.id("admit:admitButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admit:idNumberMsg"), "未找到该人员"));
        b.checkAccessibility("sheltered: refused number");
        WebElement idField = b.driver.findElement(By.id("admit:idNumber"));
        idField.clear();
        idField.sendKeys(id);
        b.driver.findElement(By.id("admit:admitButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workers"), person));

        WebElement month = b.visible(By.id("pay:month"));
        month.clear();
        month.sendKeys(lastMonth.toString());
        b.driver.findElement(By.id("pay:payButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subsidies"), "300.00"));
        assertTrue(b.driver.findElement(By.id("subsidies")).getText().contains(lastMonth.toString()));
        b.checkAccessibility("sheltered: paid");

        // the worker leaves: a day before joining refused next to the day, the period still open; then the last day
        Select leaving = new Select(b.visible(By.id("leave:worker")));
        leaving.getOptions().stream().filter(o -> o.getText().contains(person)).findFirst().orElseThrow().click();
        b.driver.findElement(By.id("leave:lastDay_input")).sendKeys(lastMonth.atDay(1).minusDays(1).toString());
        b.driver.findElement(By.id("leave:leaveButton")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leave:lastDayMsg"), "离开日期不能早于进入日期"));
        WebElement stillOpen = b.driver.findElement(By.xpath("//table[@id='workers']//tr[td[contains(., '" + person + "')]]"));
        assertTrue(stillOpen.getText().contains("至今"), "a refused leaving leaves the period open: " + stillOpen.getText());
        b.checkAccessibility("sheltered: leaving refused");
        leaving = new Select(b.visible(By.id("leave:worker")));
        leaving.getOptions().stream().filter(o -> o.getText().contains(person)).findFirst().orElseThrow().click();
        WebElement lastDay = b.driver.findElement(By.id("leave:lastDay_input"));
        // as CareJourneySteps replaces a date picker's day: select all, delete, type (clear() leaves it to the widget)
        lastDay.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        lastDay.sendKeys(lastMonth.atDay(20).toString(), org.openqa.selenium.Keys.ESCAPE);
        assertEquals(lastMonth.atDay(20).toString(), lastDay.getAttribute("value"), "the day typed replaces the refused one");
        b.driver.findElement(By.id("leave:leaveButton")).click();
        try {
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("choose:messages"), "已登记离开"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no leaving recorded; the leaving form says: "
                    + b.driver.findElement(By.id("leave")).getText(), e);
        }
        WebElement left = b.driver.findElement(By.xpath("//table[@id='workers']//tr[td[contains(., '" + person + "')]]"));
        assertTrue(left.getText().contains(lastMonth.atDay(20).toString()), "the worker's last day shown: " + left.getText());
        assertTrue(b.driver.findElements(By.xpath("//select[@id='leave:worker']/option[contains(., '" + person + "')]"))
                .isEmpty(), "a worker who left is no longer offered for leaving");
        b.checkAccessibility("sheltered: left");

        String base = "浏览器堆绣基地" + RANDOM.nextInt(1_000_000);
        b.driver.findElement(By.id("menuEmploymentBases")).click();
        b.waitForAjax();
        b.visible(By.id("base:name")).sendKeys(base);
        new Select(b.driver.findElement(By.id("base:kind"))).selectByVisibleText("非遗·堆绣");
        b.driver.findElement(By.id("base:division")).sendKeys("630102");
        b.driver.findElement(By.id("base:recognisedOn_input")).sendKeys(lastMonth.atDay(1).toString());
        b.driver.findElement(By.id("base:employed")).sendKeys("6");
        b.driver.findElement(By.id("base:recognise")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bases"), base));
        assertTrue(b.driver.findElement(By.id("bases")).getText().contains("非遗·堆绣"));
        b.checkAccessibility("bases: recorded");
    }
}
