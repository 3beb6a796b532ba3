package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The banks' interfaces over HTTP: the payment file and the bank return of a roll, by REST and by SOAP,
 * with partner credentials. The first test makes the roll inside the server through the real services;
 * the others are HTTP clients, as a bank is.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentRollPartnerIT {

    private static final String MONTH = "2016-09";
    private static final String ROLL = "api/v1/payment-rolls/" + MONTH + "/630102/";
    private static final String PARTNER = "partner-demo:partner-demo-secret";
    private static final String NO_SCOPE = "it-bank-noscope";
    private static final String NO_SCOPE_SECRET = "it-bank-noscope-secret";
    private static final String RETURN_HEADER = "line_id,case_id,month,result,bank_reference,failure_reason\n";
    /** A bank name a spreadsheet would run as a command if the file wrote it as it stands. */
    private static final String HOSTILE_BANK = "=cmd|' /C calc'!A0";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PaymentRollPartnerIT.class, SubsidyFixture.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private PaymentRollService rolls;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    @Order(1)
    void aRollForTheBankToFetch() throws Exception {
        new SubsidyFixture(registry, subsidies, workflow).activeCase(SubsidyType.LIVING, DisabilityLevel.TWO,
                LocalDate.of(2016, 8, 5));
        new SubsidyFixture(registry, subsidies, workflow).activeCase(SubsidyType.LIVING, DisabilityLevel.TWO,
                LocalDate.of(2016, 9, 5), HOSTILE_BANK);
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, MONTH));
        tx.begin();
        if (em.find(Partner.class, NO_SCOPE) == null) {
            em.persist(new Partner(NO_SCOPE, "测试合作方（无代发权限）", PasswordHasher.hash(NO_SCOPE_SECRET),
                    Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION)));
        }
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void restBankFileAsCsvWithWhoExportedItAndTheTotal() throws Exception {
        HttpResponse<String> r = get(ROLL + "bank-file", PARTNER);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("")
                .contains("subsidy-payment-2016-09-630102.csv"));
        String body = r.body();
        assertTrue(body.startsWith("\uFEFF# "), "UTF-8 BOM, then the export header");
        List<String> lines = body.substring(1).lines().toList();
        assertTrue(lines.get(0).contains("exported_by=partner:partner-demo"), lines.get(0));
        assertEquals("line_id,case_id,case_number,paid_month,attempt,subsidy,name,id_number,bank_name,bank_account,amount",
                lines.get(1));
        List<String[]> data = dataRows(body);
        assertTrue(data.size() >= 2, "August and September of the new case at least");
        assertTrue(lines.get(lines.size() - 1).startsWith("TOTAL," + data.size() + ","));
        assertTrue(data.stream().anyMatch(d -> d[8].equals("'" + HOSTILE_BANK)),
                "the formula-like bank name is written as text: " + body);
        assertTrue(data.stream().noneMatch(d -> d[8].startsWith("=")), body);
    }

    @Test
    @Order(3)
    @RunAsClient
    void restBankFileAsExcel() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request(ROLL + "bank-file?format=xlsx", PARTNER).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertTrue(s.getRow(1).getCell(0).getStringCellValue().contains("exported_by=partner:partner-demo"));
            assertEquals("amount", s.getRow(2).getCell(10).getStringCellValue());
            Row total = s.getRow(s.getLastRowNum());
            assertEquals("TOTAL", total.getCell(0).getStringCellValue());
            assertEquals(s.getLastRowNum() - 3, (int) total.getCell(1).getNumericCellValue());
            List<String> banks = new ArrayList<>();
            for (int i = 3; i < s.getLastRowNum(); i++) {
                banks.add(s.getRow(i).getCell(8).getStringCellValue());
                for (org.apache.poi.ss.usermodel.Cell c : s.getRow(i)) {
                    assertTrue(c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA, "no formula cells");
                }
            }
            assertTrue(banks.contains("'" + HOSTILE_BANK), "the formula-like bank name is written as text: " + banks);
            assertTrue(banks.stream().noneMatch(b -> b.startsWith("=")), banks.toString());
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void restRefusesAReturnFileWithBadRowsAndListsEachRow() throws Exception {
        String file = RETURN_HEADER + "abc,,,PAID,R1,\n" + ",,,PAID,R2,\n" + "999999999,,,PAID,R3,\n";
        HttpResponse<String> r = post(ROLL + "bank-returns", PARTNER, file);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"error\":\"invalid_rows\""), r.body());
        assertTrue(r.body().contains("\"code\":\"payment.returnRejected\""), r.body());
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("\"row\":(\\d+)").matcher(r.body());
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(List.of("2", "3", "4"), rows);
        assertTrue(r.body().contains("payment.row.lineNotFound"), r.body());

        HttpResponse<String> english = HTTP.send(request(ROLL + "bank-returns", PARTNER)
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("is not a number"), english.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void restRefusesAnUploadThatIsNoTextOrTooLargeWithItsOwnMessage() throws Exception {
        // a workbook sent as the return file (the bank's export in the wrong format); the next test shows
        // that none of these refusals marked a line
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet().createRow(0).createCell(0).setCellValue("line_id");
            wb.write(out);
            workbook = out.toByteArray();
        }
        HttpResponse<String> binary = postBytes(ROLL + "bank-returns", workbook);
        assertEquals(400, binary.statusCode(), binary.body());
        assertTrue(binary.body().contains("\"code\":\"upload.notUtf8Text\""), binary.body());
        assertTrue(binary.body().contains("不是UTF-8编码的文本文件"), binary.body());

        byte[] huge = (RETURN_HEADER + "1,,,PAID,R1,\n".repeat(900_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(huge.length > 10 * 1024 * 1024);
        HttpResponse<String> tooLarge = postBytes(ROLL + "bank-returns", huge);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("\"code\":\"upload.tooLarge\""), tooLarge.body());
        assertTrue(tooLarge.body().contains("最大 10 MB"), tooLarge.body());
    }

    @Test
    @Order(5)
    @RunAsClient
    void restMarksLinesPaidAndFailedAndTheSameFileAgainChangesNothing() throws Exception {
        List<String[]> data = dataRows(get(ROLL + "bank-file", PARTNER).body());
        StringBuilder file = new StringBuilder(RETURN_HEADER);
        for (int i = 0; i < data.size(); i++) {
            String[] d = data.get(i);
            file.append(i == 0 ? ",%s,%s,FAILED,,账户已销户\n".formatted(d[1], d[3])
                    : "%s,,,PAID,QH%s,\n".formatted(d[0], d[0]));
        }
        HttpResponse<String> r = post(ROLL + "bank-returns", PARTNER, file.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"rows\":%d,\"paid\":%d,\"failed\":1,\"unchanged\":0}".formatted(data.size(), data.size() - 1),
                r.body());
        HttpResponse<String> again = post(ROLL + "bank-returns", PARTNER, file.toString());
        assertEquals("{\"rows\":%d,\"paid\":0,\"failed\":0,\"unchanged\":%d}".formatted(data.size(), data.size()),
                again.body());
        assertTrue(dataRows(get(ROLL + "bank-file", PARTNER).body()).isEmpty(), "nothing left to pay this month");
    }

    @Test
    @Order(6)
    @RunAsClient
    void restErrors() throws Exception {
        HttpResponse<String> none = HTTP.send(request(ROLL + "bank-file", null).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, get(ROLL + "bank-file", "chengdong:district123").statusCode(), "staff logins are no partner");
        HttpResponse<String> forbidden = get(ROLL + "bank-file", NO_SCOPE + ":" + NO_SCOPE_SECRET);
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("\"error\":\"forbidden\""), forbidden.body());

        HttpResponse<String> month = get("api/v1/payment-rolls/2016-13/630102/bank-file", PARTNER);
        assertEquals(400, month.statusCode());
        assertTrue(month.body().contains("\"field\":\"month\"") && month.body().contains("payment.month"), month.body());
        HttpResponse<String> township = get("api/v1/payment-rolls/2016-09/630102001/bank-file", PARTNER);
        assertEquals(400, township.statusCode());
        assertTrue(township.body().contains("payment.division"), township.body());
        HttpResponse<String> format = get(ROLL + "bank-file?format=pdf", PARTNER);
        assertEquals(400, format.statusCode());
        assertTrue(format.body().contains("payment.format"), format.body());
        HttpResponse<String> missing = get("api/v1/payment-rolls/2015-02/630102/bank-file", PARTNER);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("payment.rollNotFound"), missing.body());
        HttpResponse<String> header = post(ROLL + "bank-returns", PARTNER, "id,result\n1,PAID\n");
        assertEquals(400, header.statusCode());
        assertTrue(header.body().contains("payment.returnHeader"), header.body());
    }

    @Test
    @Order(7)
    @RunAsClient
    void soapBankFileInBase64AndAReturnRefusedWithEveryRow() throws Exception {
        HttpResponse<String> file = soap(PARTNER, "<p:getBankFile><p:month>" + MONTH + "</p:month><p:division>630102"
                + "</p:division><p:format>csv</p:format></p:getBankFile>");
        assertEquals(200, file.statusCode(), file.body());
        String content = xml(file.body(), "content");
        assertNotNull(content, file.body());
        String csv = new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF# ") && csv.contains("exported_by=partner:partner-demo"), csv);
        assertEquals("subsidy-payment-2016-09-630102.csv", xml(file.body(), "fileName"));

        String bad = Base64.getEncoder().encodeToString((RETURN_HEADER + "1,,,MAYBE,,\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = soap(PARTNER, "<p:submitBankReturns><p:month>" + MONTH + "</p:month>"
                + "<p:division>630102</p:division><p:content>" + bad + "</p:content></p:submitBankReturns>");
        assertEquals(500, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("PaymentRequestFault"), refused.body());
        assertEquals("payment.returnRejected", xml(refused.body(), "code"));
        assertTrue(xml(refused.body(), "faultcode").endsWith("Client"), "the bank's file is at fault: " + refused.body());
        assertEquals("2", xml(refused.body(), "row"));

        HttpResponse<String> missing = soap(PARTNER, "<p:getBankFile><p:month>2015-02</p:month><p:division>630102"
                + "</p:division><p:format>csv</p:format></p:getBankFile>");
        assertTrue(missing.body().contains("PaymentRollNotFoundFault"), missing.body());
        assertTrue(xml(missing.body(), "faultcode").endsWith("Client"), missing.body());

        assertEquals(401, soap(null, "<p:getBankFile/>").statusCode());
        assertEquals(403, soap(NO_SCOPE + ":" + NO_SCOPE_SECRET, "<p:getBankFile/>").statusCode());
        HttpResponse<String> wsdl = HTTP.send(HttpRequest.newBuilder(app("ws/PaymentRollService?wsdl")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("PaymentRollService") && wsdl.body().contains("submitBankReturns"));
    }

    @Test
    @Order(8)
    @RunAsClient
    void openApiDocumentsBothOperations() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/payment-rolls/{month}/{division}/bank-file"), r.body());
        assertTrue(r.body().contains("/payment-rolls/{month}/{division}/bank-returns"), r.body());
        assertTrue(r.body().contains("BankReturnError"), r.body());
    }

    // --- HTTP helpers ----------------------------------------------------------------------------------

    private static URI app(String path) {
        return Deployments.baseUri().resolve(path);
    }

    private static HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app(path)).timeout(Duration.ofSeconds(60));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static HttpResponse<String> get(String path, String credentials) throws Exception {
        return HTTP.send(request(path, credentials).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String credentials, String csv) throws Exception {
        return HTTP.send(request(path, credentials).header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postBytes(String path, byte[] body) throws Exception {
        return HTTP.send(request(path, PARTNER).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> soap(String credentials, String body) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:p=\"http://xndpf.cn/ws/payment/v1\"><s:Body>" + body + "</s:Body></s:Envelope>";
        return HTTP.send(request("ws/PaymentRollService", credentials).header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The data rows of a CSV payment file: between the column header and the TOTAL line. */
    private static List<String[]> dataRows(String csv) {
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        return lines.subList(2, lines.size() - 1).stream().map(l -> l.split(",", -1)).toList();
    }

    /** The text of the first element with this local name, whatever its prefix. */
    private static String xml(String body, String localName) {
        Matcher m = Pattern.compile("<(?:[\\w-]+:)?" + Pattern.quote(localName) + "(?:\\s[^>]*)?>([^<]*)</").matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
