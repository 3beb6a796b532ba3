package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 16 city staff (city/city123, the whole city's registry) signed in through the login form, each
 * opening the registry search page (the city-wide first page) and searching it by a surname, an ID
 * number or a certificate number in turn, as fast as the answers come (issue 10: search p95 < 300 ms,
 * page load p95 < 500 ms).
 */
public class RegistrySearchSimulation extends Simulation {

    /** Request names: BenchmarkReport finds the figures in stats.json by these. */
    static final String PAGE = "registry search page";
    static final String SEARCH = "registry search";

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String SEARCH_PAGE = "/dpf/app/person/search.xhtml";

    static ChainBuilder signIn() {
        // The login form is a JSF form: its view state goes back with the credentials.
        return exec(http("sign-in page").get("/dpf/login.xhtml")
                .check(status().is(200), css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                .exec(http("sign-in").post("/dpf/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "city")
                        .formParam("login:password", "city123")
                        .formParam("login:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("login:password").notExists()));
    }

    static ChainBuilder searchOnce() {
        return exec(http(PAGE).get(SEARCH_PAGE)
                .check(status().is(200), substring("search:results").exists(),
                        css("form#search input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                .feed(TEXTS)
                // The search button is a PrimeFaces AJAX button: process and render the form.
                .exec(http(SEARCH).post(SEARCH_PAGE)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "search:searchButton")
                        .formParam("jakarta.faces.partial.execute", "search")
                        .formParam("jakarta.faces.partial.render", "search")
                        .formParam("search:searchButton", "search:searchButton")
                        .formParam("search", "search")
                        .formParam("search:text", "#{text}")
                        .formParam("search:division", "")
                        .formParam("search:category", "")
                        .formParam("search:level", "")
                        .formParam("search:status", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("<partial-response").exists(),
                                substring("<error>").notExists(), substring("search:results").exists()));
    }

    private static final io.gatling.javaapi.core.FeederBuilder<Object> TEXTS =
            listFeeder(BenchmarkTarget.searchTexts()).circular();

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BenchmarkTarget.BASE_URL).acceptHeader("text/html,application/xhtml+xml");
    }

    {
        setUp(scenario("registry search by city staff")
                .exec(signIn())
                // The page and its search together, even past the end (see BusyScreensSimulation).
                .during(BenchmarkTarget.MEASURE, false).on(searchOnce())
                .injectOpen(atOnceUsers(BenchmarkTarget.STAFF)))
                .protocols(protocol());
    }
}
