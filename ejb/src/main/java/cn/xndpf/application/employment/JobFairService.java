package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.employment.EmploymentServicesRepository;
import cn.xndpf.domain.employment.JobFair;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Job fairs (招聘会): district and city staff record the fairs of their jurisdiction with the registry's employers that
 * took part (by credit code, of their jurisdiction), the registered job seekers (by ID number, registered in their
 * jurisdiction; each once) and the others counted, and the jobs offered. Audited; a refusal records nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class JobFairService {

    /** The audit log's entity type. */
    public static final String ENTITY = "JobFair";

    private static final String SEPARATORS = "[\\s,，、;；]+";

    @Inject
    private EmploymentServicesRepository records;

    @Inject
    private EmploymentPeople checks;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public JobFairView record(JobFairForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Set<Long> employers = new LinkedHashSet<>();
        for (String typed : split(f.employerCreditCodes())) {
            employers.add(checks.employer(me, typed, "employers").id());
        }
        Set<Long> seekers = new LinkedHashSet<>();
        for (String typed : split(f.seekerIdNumbers())) {
            seekers.add(checks.registered(me, typed, "seekers", today).id());
        }
        DivisionCode division = f.divisionCode() == null || f.divisionCode().isBlank() ? null
                : DivisionCode.of(f.divisionCode().trim());
        JobFair fair = new JobFair(f.heldOn(), f.place(), division, f.organiser(), employers, seekers,
                f.otherSeekers(), f.jobsOffered(), today);
        checks.division(me, division.value(), "fair.divisionRequired");
        records.store(fair);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", String.valueOf(fair.heldOn()));
        after.put("place", fair.place());
        after.put("division", fair.division().value());
        after.put("organiser", fair.organiser());
        after.put("employerIds", fair.employers().stream().sorted().toList());
        after.put("seekerPersonIds", fair.seekers().stream().sorted().toList());
        after.put("otherSeekers", fair.otherSeekers());
        after.put("jobsOffered", fair.jobsOffered());
        audit.record(me.username(), AuditAction.CREATE, ENTITY, fair.id(), division.value(),
                "登记招聘会 job fair recorded", null, after);
        return JobFairView.of(fair);
    }

    public JobFairView fair(long id) {
        StaffUser me = currentStaff.require();
        return records.fair(id).filter(x -> me.jurisdiction().contains(x.division())).map(JobFairView::of)
                .orElseThrow(() -> new NotFoundException("fair", "fair.notFound"));
    }

    /** The fairs of the caller's jurisdiction held in a period, newest first. */
    public List<JobFairView> fairs(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return records.fairsBetween(me.jurisdiction(), from, to).stream().map(JobFairView::of).toList();
    }

    private static List<String> split(String typed) {
        String raw = typed == null ? "" : typed.trim();
        return raw.isEmpty() ? List.of() : List.of(raw.split(SEPARATORS));
    }
}
