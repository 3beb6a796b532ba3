package cn.xndpf.benchmark.gatling;

import cn.xndpf.benchmark.PaymentRollReference;
import cn.xndpf.domain.division.DivisionCode;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The month's payment roll of the whole city, started as city staff start it (the run button of the rolls
 * screen) and waited for until the job has finished; then the same lines written by one hand-written
 * {@code INSERT ... SELECT} ({@link PaymentRollReference}), in the same run on the same database. The two
 * times and the comparison of the lines go to {@code payment-roll.json} beside Gatling's reports, where
 * {@link BenchmarkReport} reads them (issue 10: the roll within 1.5x of the reference).
 */
public class PaymentRollSimulation extends Simulation {

    static final String RUN = "payment roll run button";
    static final String FIGURES = "payment-roll.json";
    static final DivisionCode CITY = DivisionCode.of("630100");

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String ROLLS_PAGE = "/dpf/app/subsidy/rolls.xhtml";
    private static final Duration LONGEST = Duration.ofMinutes(Long.getLong("dpf.benchmark.rollMinutes", 60));

    private final YearMonth month = YearMonth.now();

    {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        setUp(scenario("city staff run the city's monthly roll")
                .exec(RegistrySearchSimulation.signIn())
                .exec(http("payment rolls page").get(ROLLS_PAGE)
                        .check(status().is(200), css("form#rolls input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                // The run button is a PrimeFaces AJAX button processing itself, the month and the division.
                .exec(http(RUN).post(ROLLS_PAGE)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "rolls:runButton")
                        .formParam("jakarta.faces.partial.execute", "rolls:runButton rolls:month rolls:division")
                        .formParam("jakarta.faces.partial.render", "rolls")
                        .formParam("rolls:runButton", "rolls:runButton")
                        .formParam("rolls", "rolls")
                        .formParam("rolls:month", month.toString())
                        .formParam("rolls:division", CITY.value())
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists()))
                .exec(session -> session.set("rollStatus", BenchmarkTarget.rollStatus(month, CITY.value())))
                .asLongAs(session -> running(session.getString("rollStatus")) && System.nanoTime() < deadline).on(
                        pause(Duration.ofSeconds(2))
                                .exec(session -> session.set("rollStatus", BenchmarkTarget.rollStatus(month, CITY.value()))))
                .injectOpen(atOnceUsers(1)))
                .protocols(RegistrySearchSimulation.protocol());
    }

    private static boolean running(String status) {
        // The run button claims the roll before it answers: no roll then means the button was refused.
        return !"COMPLETED".equals(status) && !"FAILED".equals(status) && !"ABSENT".equals(status);
    }

    @Override
    public void after() {
        Path results = Path.of(System.getProperty("dpf.benchmark.results", "target/gatling"));
        try (Connection c = BenchmarkTarget.connection()) {
            PaymentRollReference.Result result = PaymentRollReference.measure(c, month, CITY);
            Files.createDirectories(results);
            Files.writeString(results.resolve(FIGURES), result.toJson());
            System.out.println("[benchmark] payment roll: " + result.toJson());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the roll's reference could not be measured", e);
        }
    }
}
