package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.Simulation;

/** The reference for the partner path: Payara's own /health under the same 64 partners, right before it. */
public class HealthReferenceSimulation extends Simulation {
    {
        setUp(PartnerLoad.healthChecks(BenchmarkTarget.MEASURE)).protocols(PartnerLoad.protocol());
    }
}
