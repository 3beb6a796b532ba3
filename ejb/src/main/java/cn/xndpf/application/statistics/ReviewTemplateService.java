package cn.xndpf.application.statistics;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.statistics.Indicator;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import cn.xndpf.domain.statistics.IndicatorUnit;
import cn.xndpf.domain.statistics.ReviewTemplate;
import cn.xndpf.domain.statistics.ReviewTemplateRepository;
import cn.xndpf.domain.statistics.StatisticsProgram;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator words the five-year review (综述模板): each program's opening text, per language, with
 * placeholders for the figures. A template that names an indicator the catalogue does not have is refused
 * with the placeholder named, so a review never prints a blank where a figure belongs.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReviewTemplateService {

    @Inject
    private ReviewTemplateRepository templates;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    public List<ReviewTemplateView> templates() {
        Map<String, StatisticsProgram> programs = catalogue.programs().stream()
                .collect(Collectors.toMap(StatisticsProgram::code, Function.identity()));
        return templates.all().stream().map(t -> view(t, programs.get(t.programCode()))).toList();
    }

    /** Replaces a template's text; {@code expectedVersion} is the version the editor read. */
    public ReviewTemplateView rewrite(long id, int expectedVersion, String body) {
        StaffUser me = currentStaff.require();
        DivisionLevel level = me.jurisdiction().level();
        if (level != DivisionLevel.CITY && level != DivisionLevel.PROVINCE) {
            // the review's wording is the whole platform's, like the catalogue
            throw new AccessDeniedException("body", "review.cityAdministratorsOnly");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("body", "review.bodyRequired");
        }
        if (text.length() > ReviewTemplate.MAX_LENGTH) {
            throw new InvalidValueException("body", "review.bodyTooLong", ReviewTemplate.MAX_LENGTH);
        }
        Map<String, IndicatorUnit> units = new HashMap<>();
        for (Indicator i : catalogue.indicators()) {
            units.put(i.code(), i.unit());
        }
        List<String> problems = ReviewText.problems(text, units);
        if (!problems.isEmpty()) {
            throw new InvalidValueException("body", "review.unknownPlaceholder", String.join("、", problems));
        }
        ReviewTemplate t = templates.find(id).orElseThrow(() -> new NotFoundException("id", "review.notFound"));
        if (t.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        String before = t.body();
        t.rewrite(text, me.username(), Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(me.username(), AuditAction.UPDATE, "ReviewTemplate", t.id(), null,
                "修改发展综述模板 " + t.programCode() + " " + t.language(), Map.of("body", before),
                Map.of("body", text));
        return view(t, catalogue.programs().stream().filter(p -> p.code().equals(t.programCode())).findFirst()
                .orElse(null));
    }

    private static ReviewTemplateView view(ReviewTemplate t, StatisticsProgram p) {
        return new ReviewTemplateView(t.id(), t.programCode(), p == null ? t.programCode() : p.chineseName(),
                p == null ? t.programCode() : p.englishName(), t.language(), t.body(), t.version(), t.updatedBy(),
                t.updatedAt());
    }
}
