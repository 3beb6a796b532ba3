package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The partner path and its reference under the same load: 64 partners, each sending its next request as
 * soon as the last one is answered, over its own kept-alive connection, for the same time.
 */
final class PartnerLoad {

    /** Request names: BenchmarkReport finds the figures in stats.json by these. */
    static final String VERIFICATION = "certificate verification";
    static final String HEALTH = "payara health";

    private PartnerLoad() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BenchmarkTarget.BASE_URL)
                .acceptHeader("application/json")
                // Each virtual user keeps its own connection (Gatling's default), like 64 partners would.
                .basicAuth("partner-demo", "partner-demo-secret");
    }

    static ChainBuilder verification() {
        return exec(http(VERIFICATION).post("/dpf/api/v1/certificate-verifications")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"idNumber\":\"#{idNumber}\"}"))
                .check(status().is(200)));
    }

    static ChainBuilder health() {
        return exec(http(HEALTH).get("/health").check(status().is(200)));
    }

    static PopulationBuilder verifications(Duration during) {
        return scenario(VERIFICATION)
                .during(during).on(feed(listFeeder(BenchmarkTarget.holderIdNumbers()).random()).exec(verification()))
                .injectOpen(atOnceUsers(BenchmarkTarget.PARTNERS));
    }

    static PopulationBuilder healthChecks(Duration during) {
        return scenario(HEALTH)
                .during(during).on(health())
                .injectOpen(atOnceUsers(BenchmarkTarget.PARTNERS));
    }
}
