package cn.xndpf.it.security;

import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.InEjbModule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The one policy value the test database holds apart from the platform's own: failed sign-ins per client
 * address before the address is locked. Every test calls from this machine's loopback address, and one
 * deployment serves the whole run ({@code SuiteDeployment}), so the failures the tests make on purpose
 * (wrong secrets, wrong passwords, bad credentials in {@code BadInputIT}) would add up to the platform's 20
 * within its quarter of an hour and lock every later test out with HTTP 429. Dated yesterday, so a test that
 * checks the address lock sets its own limit from today ({@code SignInThrottleIT}). The test database is new
 * for every run, so the row is never taken out.
 */
@InEjbModule
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class SharedDeploymentSettings {

    static final String MAX_PER_ADDRESS = "security.signIn.maxFailuresPerAddress";
    private static final String NOTE = "integration tests: one deployment serves the run";

    @Inject
    private PolicySettingRepository settings;

    @PostConstruct
    void raiseTheAddressLimit() {
        boolean present = settings.history(MAX_PER_ADDRESS).stream().anyMatch(s -> NOTE.equals(s.note()));
        if (!present) {
            settings.store(new PolicySetting(MAX_PER_ADDRESS, "100000", PlatformClock.today().minusDays(1), NOTE));
        }
    }
}
