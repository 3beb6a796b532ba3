package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.StaffLogin;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provincial platform's export over REST and SOAP: the figures it receives are the published ones the
 * dashboard shows; partners without the scope or credentials, bad requests and unpublished periods get the
 * interfaces' structured errors.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsExportIT {

    private static final String CITY = "630100";
    private static final Map<String, String> shown = new HashMap<>();
    private static StatisticsPeriod year;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatisticsExportIT.class, LocalAddress.class, Jobs.class);
    }

    @EJB
    StatisticsJobs jobs;

    @EJB
    StatisticsService statistics;

    @Test
    @Order(1)
    void theCitysYearIsPublished() throws Exception {
        StaffLogin.as("admin", "admin123");
        year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(PlatformClock.today().getYear() - 1, 1, 1));
        JobRun run = Jobs.await(jobs, jobs.start(PeriodType.YEAR, year.start(), CITY));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        PeriodSummary s = statistics.summary(year, CITY);
        for (PeriodSummary.ProgramFigures p : s.programs()) {
            for (FigureView f : p.figures()) {
                shown.put(f.indicator().code(), f.value() == null ? null : f.shown().toPlainString());
            }
        }
        assertTrue(Integer.parseInt(shown.get("REG_HOLDERS")) > 0);
    }

    @Test
    @Order(2)
    void restGivesThePublishedFigures() throws Exception {
        HttpResponse<String> r = get("api/v1/statistics/YEAR/" + year.start() + "?division=" + CITY, true);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals(CITY, body.getString("divisionCode"));
        assertEquals(year.end().toString(), body.getString("periodEnd"));
        int seen = 0;
        for (JsonValue p : body.getJsonArray("programs")) {
            for (JsonValue i : p.asJsonObject().getJsonArray("indicators")) {
                JsonObject o = i.asJsonObject();
                String expected = shown.get(o.getString("code"));
                if (expected != null) {
                    assertEquals(expected, o.getJsonNumber("value").bigDecimalValue().toPlainString(), o.toString());
                }
                seen++;
            }
        }
        assertEquals(shown.size(), seen, "every catalogued indicator is exported");
        assertTrue(r.body().contains("\"unit\":\"万元\""), "units as the catalogue names them");
    }

    @Test
    @Order(3)
    void restErrorsAreStructured() throws Exception {
        HttpResponse<String> bad = get("api/v1/statistics/WEEK/" + year.start() + "?division=" + CITY, true);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"periodType\""), bad.body());
        HttpResponse<String> misaligned = get("api/v1/statistics/YEAR/2025-02-01?division=" + CITY, true);
        assertEquals(400, misaligned.statusCode());
        assertTrue(misaligned.body().contains("statistics.periodStart"), misaligned.body());
        HttpResponse<String> none = get("api/v1/statistics/YEAR/1990-01-01?division=" + CITY, true);
        assertEquals(404, none.statusCode(), none.body());
        assertTrue(none.body().contains("statistics.notPublished"), none.body());
        HttpResponse<String> noDivision = get("api/v1/statistics/YEAR/" + year.start(), true);
        assertEquals(400, noDivision.statusCode());
        assertEquals(401, get("api/v1/statistics/YEAR/" + year.start() + "?division=" + CITY, false).statusCode());
    }

    @Test
    @Order(4)
    void soapGivesTheSameFiguresAndFaults() throws Exception {
        HttpResponse<String> r = soap(year.start().toString());
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("<(?:\\w+:)?code>SUB_PAID</(?:\\w+:)?code>.*?<(?:\\w+:)?value>([^<]*)</", Pattern.DOTALL)
                .matcher(r.body());
        assertTrue(m.find(), r.body());
        assertEquals(shown.get("SUB_PAID"), m.group(1));
        HttpResponse<String> fault = soap("1990-01-01");
        assertEquals(500, fault.statusCode());
        assertTrue(fault.body().contains("NotPublishedFault") && fault.body().contains("statistics.notPublished"),
                fault.body());
    }

    private static HttpResponse<String> get(String path, boolean credentials) throws Exception {
        PartnerHttp anyone = PartnerHttp.at(LocalAddress.app(""));
        return (credentials ? anyone.as("partner-demo", "partner-demo-secret") : anyone).get(path);
    }

    private static HttpResponse<String> soap(String start) throws Exception {
        return PartnerHttp.at(LocalAddress.app("")).as("partner-demo", "partner-demo-secret").soap(
                "ws/StatisticsExportService", "s", "http://xndpf.cn/ws/statistics/v1", "<s:periodFigures>"
                        + "<s:periodType>YEAR</s:periodType><s:periodStart>" + start + "</s:periodStart>"
                        + "<s:divisionCode>" + CITY + "</s:divisionCode></s:periodFigures>");
    }
}
