package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 16 city staff signed in through the login form, each opening the platform's busiest screens one after the
 * other, as fast as the answers come (issue 10: page loads p95 < 500 ms): the home page they land on, the
 * registry search, the review queue, the payment rolls and the statistics dashboard. Each page is checked for
 * the form it exists for, so a sign-in page or an error page served instead is a failed request.
 */
public class BusyScreensSimulation extends Simulation {

    /** A screen: the request name BenchmarkReport looks for, its path, and what its answer must hold. */
    record Screen(String name, String path, String mark) {
    }

    static final List<Screen> SCREENS = List.of(
            new Screen("home page", "/dpf/app/home.xhtml", "id=\"noticesHeading\""),
            new Screen("registry search page", "/dpf/app/person/search.xhtml", "search:results"),
            new Screen("review queue page", "/dpf/app/subsidy/queue.xhtml", "id=\"queue\""),
            new Screen("payment rolls page", "/dpf/app/subsidy/rolls.xhtml", "id=\"rolls\""),
            new Screen("statistics dashboard page", "/dpf/app/statistics/dashboard.xhtml", "id=\"dash\""));

    private static ChainBuilder openEach() {
        ChainBuilder chain = exec(session -> session);
        for (Screen s : SCREENS) {
            chain = chain.exec(http(s.name()).get(s.path())
                    .check(status().is(200), substring(s.mark()).exists(), substring("login:password").notExists()));
        }
        return chain;
    }

    {
        setUp(scenario("busy screens by city staff")
                .exec(RegistrySearchSimulation.signIn())
                // A round once begun is finished (Gatling's during leaves mid-round by default): with the
                // short loads of mvn verify's small run no user reached the dashboard, so it had no figure.
                .during(BenchmarkTarget.MEASURE, false).on(openEach())
                .injectOpen(atOnceUsers(BenchmarkTarget.STAFF)))
                .protocols(RegistrySearchSimulation.protocol());
    }
}
