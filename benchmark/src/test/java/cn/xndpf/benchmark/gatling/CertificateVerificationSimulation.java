package cn.xndpf.benchmark.gatling;

import io.gatling.javaapi.core.Simulation;

/** 残疾人证核验 by 64 concurrent partners (issue 10: >= 0.7x the throughput of /health, p99 < 50 ms). */
public class CertificateVerificationSimulation extends Simulation {
    {
        setUp(PartnerLoad.verifications(BenchmarkTarget.MEASURE)).protocols(PartnerLoad.protocol());
    }
}
