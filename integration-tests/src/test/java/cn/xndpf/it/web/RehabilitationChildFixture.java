package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the browser tests of this package, never part of the built EAR):
 * registers a child of three of 东关 community with a hearing certificate (城东区 staff), as the services do
 * it for the screens, and answers {@code idNumber=..}. The registration runs in this ordinary request, so
 * each service call commits before the answer goes back and the browser's requests see the child
 * (RehabilitationJourneyBrowserIT).
 */
@WebServlet("/it/rehabilitation-child-fixture")
public class RehabilitationChildFixture extends HttpServlet {

    static final String COMMUNITY = "630102001001";
    static final String NAME = "康复旅程儿童";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private RegistryService registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        // three years old (within the aid's 0-6 band), born on a random day of that year: a fresh child each run
        LocalDate birth = PlatformClock.today().minusYears(3).minusDays(1 + RANDOM.nextInt(300));
        String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(idNumber, NAME, "汉族", "13900000003",
                "东关大街11号", COMMUNITY, "HK" + idNumber, true));
        registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.ONE,
                PlatformClock.today().minusMonths(1));
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("idNumber=" + idNumber);
    }
}
