package cn.xndpf.it.web;

import cn.xndpf.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff page, for every role that can open it, checked with axe-core in the browser against WCAG 2.1
 * A and AA ({@link StaffBrowser#checkAccessibility}): zero violations. Each role signs in once and opens
 * every page its menu offers (so a page added to the menu is checked without changing this test), then
 * the pages reached from them (a person's record, a case) and the states that matter: the dialogs, an
 * open date picker, validation messages, the dashboard with its charts, and both languages.
 * <p>
 * A test collects the violations of all its pages and fails once with the whole list, so that one run
 * shows everything there is to fix.
 */
@ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    private final StaffBrowser b = StaffBrowser.shared();
    private final List<String> violations = new ArrayList<>();

    @Test
    @Order(1)
    void loginPageInBothLanguagesAndWithItsError() {
        b.driver.get(StaffBrowser.url("login.xhtml"));
        b.driver.manage().deleteAllCookies();
        b.open("login.xhtml");
        check("login (zh)");
        b.visible(By.id("login:username")).sendKeys("nobody");
        b.driver.findElement(By.id("login:password")).sendKeys("wrong");
        b.driver.findElement(By.id("login:submit")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "用户名或密码错误"));
        check("login, wrong password (zh)");
        b.driver.findElement(By.id("lang:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        check("login (en)");
        b.driver.findElement(By.id("lang:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertNoViolations();
    }

    /** 系统管理员: every menu page, the audit log's open date picker, statistics started, the dashboard's charts. */
    @Test
    @Order(2)
    void administrator() {
        b.login("admin", "admin123");
        visitMenu("admin", "menuHome", "menuSearch", "menuDivisions", "menuSubsidyQueue", "menuSubsidyRolls",
                "menuSubsidyRecheck", "menuDashboard", "menuIndicators", "menuAudit", "menuAccounts", "menuReviewTemplates", "menuBatch");
        b.open("admin/audit.xhtml");
        WebElement calendarButton = b.driver.findElement(By.cssSelector("#audit\\:from button"));
        assertEquals("选择日期", calendarButton.getAttribute("aria-label"));
        assertEquals("选择日期", calendarButton.getAttribute("textContent").trim(), "the button's text is its name");
        calendarButton.click();
        b.visible(By.id("audit:from_panel"));
        check("admin: audit log, date picker open");
        dashboardWithCharts("admin");
        personRecord("admin", false);
        caseAndQueue("admin", false);
        assertNoViolations();
    }

    /** 市残联: everything, certificate dialogs, rolls, and the English screens. */
    @Test
    @Order(3)
    void cityStaffInBothLanguages() {
        b.login("city", "city123");
        visitMenu("city", "menuHome", "menuSearch", "menuRegister", "menuDivisions", "menuSubsidyApply", "menuSubsidyImport",
                "menuGrantApply", "menuEducationStudent", "menuGrantPayments", "menuEnrolments", "menuSubsidyQueue", "menuCareApply",
                "menuRehabAssess", "menuChildAidApply", "menuRehabApply", "menuDeviceApply", "menuCarePlace", "menuCareSettlements",
                "menuRehabPlace", "menuDeviceDesk", "menuEmployers", "menuEmploymentDeclaration",
                "menuEmploymentFunds", "menuEmploymentImport",
                "menuEmploymentSheltered", "menuEmploymentBases", // sheltered/bases
                "menuEmploymentTraining", "menuEmploymentFairs", // training/fairs/placements
                "menuSubsidyRolls", "menuSubsidyRecheck", "menuDashboard", "menuIndicators",
                "menuInstitutions", "menuPetitions", "menuPetitionRegister", "menuLegal", "menuFuelSubsidy", "menuDisputes", "menuCultureEvents",
                "menuHomeModifications", "menuFacilities", // accessibility
                "menuPovertyHouseholds", "menuPovertyMonitoring", "menuMutualAid", // poverty
                "menuSocialSecurityPension", // social security
                "menuServiceRecords", "menuBatch");
        petitionPages("city");
        personRecord("city", true);
        caseAndQueue("city", true);
        registerWithErrors("city");
        // poverty: the pilots page (linked from 邻里互助), its opening form sent empty: a Chinese message
        b.open("app/poverty/pilots.xhtml");
        b.visible(By.id("pilots:openButton")).click();
        b.waitForAjax();
        assertTrue(b.visible(By.cssSelector("#pilots .ui-message-error, #pilots .ui-messages-error")).getText()
                .contains("请填写日期"), "refused in Chinese, next to the first field it needs");
        check("city: mutual-aid pilots, sent empty");

        b.driver.findElement(By.id("topbar:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        b.waitForAjax();
        for (String page : List.of("app/person/search.xhtml", "app/person/register.xhtml",
                "app/subsidy/apply.xhtml", "app/subsidy/queue.xhtml", "app/subsidy/rolls.xhtml",
                "app/subsidy/recheck.xhtml", "app/education/apply.xhtml", "app/education/student.xhtml",
                "app/education/grant-payments.xhtml", "app/education/enrolments.xhtml",
                "app/statistics/dashboard.xhtml", "admin/batch.xhtml",
                "app/care/apply.xhtml", "app/care/place.xhtml", "app/care/settlements.xhtml",
                "app/employment/employers.xhtml", "app/employment/declaration.xhtml", "app/employment/funds.xhtml",
                "app/employment/import.xhtml",
                "app/employment/sheltered.xhtml", "app/employment/bases.xhtml", // sheltered/bases
                "app/employment/training.xhtml", "app/employment/fairs.xhtml", // training/fairs/placements
                "app/rights/register.xhtml", "app/rights/petitions.xhtml", "app/rights/legal.xhtml",
                "app/rights/fuel.xhtml", "app/rights/disputes.xhtml",
                "app/culture/events.xhtml",
                "app/poverty/households.xhtml", "app/poverty/monitoring.xhtml", "app/poverty/mutual-aid.xhtml", // poverty
                "app/poverty/pilots.xhtml", // poverty
                "app/socialsecurity/pension.xhtml", // social security
                "app/accessibility/homes.xhtml", "app/accessibility/facilities.xhtml", // accessibility
                "app/rehabilitation/assess.xhtml", "app/rehabilitation/child-aid.xhtml",
                "app/rehabilitation/apply.xhtml", "app/rehabilitation/place.xhtml",
                "app/rehabilitation/devices.xhtml", "app/rehabilitation/device-desk.xhtml")) {
            b.open(page);
            check("city (en): " + page);
        }
        personRecord("city (en)", true);
        petitionPages("city (en)");
        b.driver.findElement(By.id("topbar:language")).click();
        b.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertNoViolations();
    }

    /** 区县残联: the second review level, certificate dialogs, a case's suspension dialog. */
    @Test
    @Order(4)
    void districtStaff() {
        b.login("chengdong", "district123");
        visitMenu("chengdong", "menuHome", "menuSearch", "menuRegister", "menuDivisions", "menuSubsidyApply",
                "menuSubsidyImport", "menuGrantApply", "menuEducationStudent", "menuGrantPayments", "menuEnrolments", "menuSubsidyQueue",
                "menuCareApply", "menuRehabAssess", "menuChildAidApply", "menuRehabApply", "menuDeviceApply", "menuCarePlace",
                "menuCareSettlements", "menuRehabPlace", "menuDeviceDesk", "menuEmployers",
                "menuEmploymentDeclaration", "menuEmploymentFunds", "menuEmploymentImport",
                "menuEmploymentSheltered", "menuEmploymentBases", // sheltered/bases
                "menuEmploymentTraining", "menuEmploymentFairs", // training/fairs/placements
                "menuSubsidyRolls",
                "menuSubsidyRecheck",
                "menuDashboard", "menuIndicators", "menuInstitutions", "menuPetitions", "menuPetitionRegister",
                "menuLegal", "menuFuelSubsidy", "menuDisputes", "menuCultureEvents",
                "menuHomeModifications", "menuFacilities", // accessibility
                "menuPovertyHouseholds", "menuPovertyMonitoring", "menuMutualAid", // poverty
                "menuSocialSecurityPension", // social security
                "menuServiceRecords");
        petitionPages("chengdong");
        personRecord("chengdong", true);
        caseAndQueue("chengdong", true);
        applyWithVerdict("chengdong");
        facilityCounts("chengdong");
        // poverty: the pilots page offers the district the list only
        b.open("app/poverty/pilots.xhtml");
        b.visible(By.id("pilots:list"));
        assertTrue(b.driver.findElements(By.id("pilots:openButton")).isEmpty(), "pilots are opened by the city");
        check("chengdong: mutual-aid pilots");
        assertNoViolations();
    }

    /** 区县民政: the final approval. */
    @Test
    @Order(5)
    void civilAffairs() {
        b.login("civil-chengdong", "civil123");
        visitMenu("civil-chengdong", "menuHome", "menuSearch", "menuDivisions", "menuSubsidyQueue", "menuSubsidyRolls",
                "menuSubsidyRecheck", "menuDashboard", "menuIndicators");
        personRecord("civil-chengdong", false);
        caseAndQueue("civil-chengdong", false);
        assertNoViolations();
    }

    /** 乡镇/街道经办员: applications and the first review. */
    @Test
    @Order(6)
    void townshipClerk() {
        b.login("clerk-dongguan", "clerk123");
        visitMenu("clerk-dongguan", "menuHome", "menuSearch", "menuRegister", "menuDivisions", "menuSubsidyApply",
                "menuSubsidyImport", "menuGrantApply", "menuEducationStudent", "menuSubsidyQueue", "menuCareApply", "menuRehabAssess", "menuChildAidApply", "menuRehabApply", "menuDeviceApply", "menuSubsidyRecheck", "menuDashboard", "menuIndicators",
                "menuFuelSubsidy", // rights/culture: the fuel subsidy's applications
                "menuServiceRecords");
        personRecord("clerk-dongguan", false);
        caseAndQueue("clerk-dongguan", false);
        applyWithVerdict("clerk-dongguan");
        assertNoViolations();
    }

    /** 社区/村专干: registration and applications, no review level. */
    @Test
    @Order(7)
    void communityWorker() {
        b.login("worker-dongguan", "worker123");
        visitMenu("worker-dongguan", "menuHome", "menuSearch", "menuRegister", "menuDivisions", "menuSubsidyApply",
                "menuSubsidyImport", "menuGrantApply", "menuEducationStudent", "menuSubsidyQueue", "menuCareApply", "menuRehabAssess", "menuChildAidApply", "menuRehabApply", "menuDeviceApply", "menuIndicators",
                "menuFuelSubsidy", // rights/culture: the fuel subsidy's applications
                "menuServiceRecords");
        personRecord("worker-dongguan", false);
        registerWithErrors("worker-dongguan");
        assertNoViolations();
    }

    /** The role's menu is the one expected, and every page in it passes. */
    private void visitMenu(String who, String... expectedMenu) {
        b.open("app/person/search.xhtml");
        List<WebElement> links = b.driver.findElements(By.cssSelector("nav.menu a"));
        assertEquals(List.of(expectedMenu), links.stream().map(a -> a.getAttribute("id")).toList(),
                who + "'s menu");
        List<String> hrefs = links.stream().map(a -> a.getAttribute("href")).toList();
        for (String href : hrefs) {
            b.driver.get(href);
            b.waitForAjax();
            assertEquals(1, b.driver.findElements(By.cssSelector("nav.menu")).size(),
                    who + " opens " + href + " as a page of the platform, not an error report");
            check(who + ": " + href.substring(href.indexOf("/dpf/") + 5));
        }
    }

    /** A person's record from the search's first result; with certificate rights, each dialog open. */
    private void personRecord(String who, boolean certificateDialogs) {
        b.open("app/person/search.xhtml");
        // the lazy table may still be replacing its rows
        b.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("a.person-link")).click();
            return true;
        });
        b.wait.until(ExpectedConditions.urlContains("/app/person/view.xhtml"));
        b.waitForAjax();
        check(who + ": person record");
        if (certificateDialogs) {
            for (String[] d : new String[][]{{"openReassess", "reassessDlg"}, {"openTransfer", "transferDlg"},
                    {"openRenew", "renewDlg"}, {"openCancel", "cancelDlg"}, {"openIssue", "issueDlg"}}) {
                List<WebElement> opener = b.driver.findElements(By.id(d[0]));
                if (opener.isEmpty()) {
                    continue;
                }
                opener.get(0).click();
                b.visible(By.id(d[1]));
                check(who + ": person record, dialog " + d[1]);
                b.driver.findElement(By.cssSelector("#" + d[1] + " .ui-dialog-titlebar-close")).click();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(d[1])));
            }
        }
    }

    /** The review queue with its decision dialog (when the role reviews), a case page, a running case's dialog. */
    private void caseAndQueue(String who, boolean caseActions) {
        b.open("app/subsidy/queue.xhtml");
        List<WebElement> approve = b.driver.findElements(By.cssSelector("button[id$=':approve']"));
        if (!approve.isEmpty()) {
            approve.get(0).click();
            b.waitForAjax();
            b.visible(By.id("decisionForm:confirm"));
            check(who + ": queue, decision dialog");
            b.driver.findElement(By.id("decisionForm:close")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDlg")));
        }
        List<WebElement> cases = b.driver.findElements(By.cssSelector("a.case-link"));
        assertTrue(!cases.isEmpty(), who + " sees cases in the queue or the overdue list");
        String href = cases.get(0).getAttribute("href");
        long queued = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        cases.get(0).click();
        b.wait.until(ExpectedConditions.urlContains("/app/subsidy/case.xhtml"));
        b.waitForAjax();
        check(who + ": case page");
        if (caseActions) {
            // a running case, for the dialog of its actions: the queue's cases are under review, but most
            // demo cases run, so one of the cases created around the queued one does
            for (long step = 1; step <= 120 && b.driver.findElements(By.id("caseActions:terminate")).isEmpty(); step++) {
                long id = queued + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
                if (id > 0) {
                    b.open("app/subsidy/case.xhtml?id=" + id);
                }
            }
            b.driver.findElement(By.id("caseActions:terminate")).click();
            b.waitForAjax();
            b.visible(By.id("actionForm:confirm"));
            check(who + ": case page, terminate dialog");
            b.driver.findElement(By.id("actionForm:close")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDlg")));
        }
    }

    /** The registration form sent empty: every field's message shown. */
    private void registerWithErrors(String who) {
        b.open("app/person/register.xhtml");
        b.visible(By.id("reg:save")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#reg .ui-message-error, #reg .ui-messages-error"));
        check(who + ": register, sent empty");
    }

    /**
     * Petitions (信访): the registration form sent empty, then a petition registered through it, and that
     * petition's own page with its timeline and its next steps' form.
     */
    private void petitionPages(String who) {
        b.open("app/rights/register.xhtml");
        b.visible(By.id("register:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#register .ui-message-error, #register .ui-messages-error"));
        check(who + ": petition register, sent empty");
        new Select(b.driver.findElement(By.id("register:channel"))).selectByIndex(1);
        b.driver.findElement(By.id("register:name")).sendKeys("无障碍检查");
        b.driver.findElement(By.id("register:contact")).sendKeys("13800000000");
        b.driver.findElement(By.id("register:division")).sendKeys("630102");
        b.driver.findElement(By.id("register:matter")).sendKeys("axe");
        b.driver.findElement(By.id("register:saveButton")).click();
        b.visible(By.id("openRegistered")).click();
        b.wait.until(ExpectedConditions.urlContains("/app/rights/petition.xhtml"));
        b.visible(By.id("timeline"));
        check(who + ": petition page");
        b.open("app/rights/legal.xhtml");
        b.visible(By.id("legal:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#legal .ui-message-error, #legal .ui-messages-error"));
        check(who + ": legal aid, sent empty");
        b.open("app/rights/fuel.xhtml");
        b.visible(By.id("fuel:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#fuel .ui-message-error, #fuel .ui-messages-error"));
        check(who + ": fuel subsidy, sent empty");
        b.open("app/rights/disputes.xhtml");
        b.visible(By.id("disputes:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#disputes .ui-message-error, #disputes .ui-messages-error"));
        check(who + ": dispute screening, sent empty");
        b.open("app/culture/events.xhtml");
        b.visible(By.id("events:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#events .ui-message-error, #events .ui-messages-error"));
        check(who + ": culture events, sent empty");
        // poverty
        b.open("app/poverty/households.xhtml");
        b.visible(By.id("households:saveButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#households .ui-message-error, #households .ui-messages-error"));
        check(who + ": poor households, sent empty");
        b.open("app/poverty/monitoring.xhtml");
        b.visible(By.id("monitoring:startButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#monitoring .ui-message-error, #monitoring .ui-messages-error"));
        check(who + ": return-to-poverty monitoring, sent empty");
        b.open("app/poverty/mutual-aid.xhtml");
        b.visible(By.id("mutualAid:payButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#mutualAid .ui-message-error, #mutualAid .ui-messages-error"));
        check(who + ": mutual aid, sent empty");
        // social security: a year no longer open refused (the oldest year offered), the inclusion's date picker open
        b.open("app/socialsecurity/pension.xhtml");
        Select years = new Select(b.visible(By.id("pension:year")));
        years.selectByIndex(years.getOptions().size() - 1);
        b.driver.findElement(By.id("pension:compileButton")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#pension .ui-message-error, #pension .ui-messages-error"));
        check(who + ": pension list, a year not open");
        b.driver.findElement(By.cssSelector("#inclusion\\:day button")).click();
        b.visible(By.id("inclusion:day_panel"));
        check(who + ": pension list, inclusion date picker open");
    }

    /**
     * The facility inventory (无障碍设施台账): an entry recorded as counted today, chosen, its counts over time shown;
     * a revision dated the day before its latest count refused with its message at the count day.
     */
    private void facilityCounts(String who) {
        String name = "无障碍检查路" + System.nanoTime() % 100_000;
        b.open("app/accessibility/facilities.xhtml");
        b.visible(By.id("facilities:division")).sendKeys("630102");
        new Select(b.driver.findElement(By.id("facilities:kind"))).selectByIndex(1);
        b.driver.findElement(By.id("facilities:name")).sendKeys(name);
        b.driver.findElement(By.id("facilities:quantity")).sendKeys("5");
        b.driver.findElement(By.id("facilities:saveButton")).click();
        b.waitForAjax();
        b.visible(By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id, 'choose')]")).click();
        b.waitForAjax();
        WebElement counts = b.visible(By.id("counts"));
        List<WebElement> rows = counts.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size(), "the first count listed");
        assertTrue(rows.get(0).getText().contains("5"), rows.get(0).getText());
        check(who + ": facility inventory, an entry's counts");
        WebElement day = b.driver.findElement(By.id("facilities:countedOn_input"));
        day.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2000-01-01");
        day.sendKeys(Keys.ESCAPE);
        b.driver.findElement(By.id("facilities:recountButton")).click();
        b.waitForAjax();
        assertTrue(b.visible(By.cssSelector("#facilities .ui-message-error")).getText().contains("不能早于"),
                "a count before the latest refused at its day");
        check(who + ": facility inventory, a count before the latest refused");
    }

    /** The application form sent empty: the fields' messages. */
    private void applyWithVerdict(String who) {
        b.open("app/subsidy/apply.xhtml");
        b.visible(By.id("apply:submit")).click();
        b.waitForAjax();
        b.visible(By.cssSelector("#apply .ui-message-error, #apply .ui-messages-error"));
        check(who + ": apply, sent empty");
    }

    /**
     * The dashboard with a published period: when none is published yet (this test may run first), the
     * administrator starts the month's statistics on the jobs page and waits for them.
     */
    private void dashboardWithCharts(String who) {
        b.open("app/statistics/dashboard.xhtml");
        if (!b.driver.findElements(By.id("noPeriods")).isEmpty()) {
            b.open("admin/batch.xhtml");
            b.driver.findElement(By.id("batch:start")).click();
            b.waitForAjax();
            check(who + ": statistics jobs, running");
            new WebDriverWait(b.driver, Duration.ofMinutes(4)).until(d -> d.findElements(
                    By.cssSelector("#batch\\:published_data a")).size() > 0);
            b.open("app/statistics/dashboard.xhtml");
        }
        b.visible(By.id("dash:areaChart"));
        check(who + ": dashboard with charts");
    }

    private void check(String where) {
        String report = b.accessibilityViolations(where);
        if (!report.isEmpty()) {
            violations.add(report);
        }
    }

    private void assertNoViolations() {
        assertTrue(violations.isEmpty(), String.join("\n\n", violations));
    }
}
