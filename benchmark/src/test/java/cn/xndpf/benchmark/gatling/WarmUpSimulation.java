package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Runs first and is measured by nobody: every path the measurements take, once compiled and cached, so
 * that no measurement pays for the server's first minutes and none pays more of them than another.
 */
public class WarmUpSimulation extends Simulation {
    {
        setUp(PartnerLoad.healthChecks(BenchmarkTarget.WARM_UP).protocols(PartnerLoad.protocol()),
                PartnerLoad.verifications(BenchmarkTarget.WARM_UP).protocols(PartnerLoad.protocol()),
                scenario("registry search warm-up")
                        .exec(RegistrySearchSimulation.signIn())
                        .during(BenchmarkTarget.WARM_UP).on(RegistrySearchSimulation.searchOnce())
                        .injectOpen(atOnceUsers(4))
                        .protocols(RegistrySearchSimulation.protocol()));
    }
}
