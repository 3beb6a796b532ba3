package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.application.person.DeathReport;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the re-check browser test, never part of the built EAR): makes
 * a running nursing-subsidy case in {@link SubsidyFixtures#COMMUNITY_SCREEN} whose holder civil affairs
 * reported dead, the way staff and partners make one, and answers {@code caseNumber=..} and
 * {@code deathMonth=yyyy-MM}.
 */
@WebServlet("/it/recheck-fixture")
public class RecheckScreenFixture extends HttpServlet {

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private CivilAffairsReports civilAffairs;

    @Inject
    private SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubsidyFixtures fixtures = new SubsidyFixtures(registry, subsidies, workflow, (user, password) -> {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().newAuthentication(true)
                    .credential(new UsernamePasswordCredential(user, new Password(password))));
            if (status != AuthenticationStatus.SUCCESS) {
                throw new IllegalStateException("login failed for " + user + ": " + status);
            }
        });
        LocalDate today = PlatformClock.today();
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_SCREEN, DisabilityCategory.PHYSICAL,
                DisabilityLevel.ONE, null);
        long caseId = fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(2));
        LocalDate died = today.minusDays(3);
        civilAffairs.recordDeath(new DeathReport(h.idNumber(), died.toString(), "QH-UI-" + caseId), "partner-demo");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("caseNumber=NS-" + caseId);
        response.getWriter().println("deathMonth=" + died.toString().substring(0, 7));
    }
}
