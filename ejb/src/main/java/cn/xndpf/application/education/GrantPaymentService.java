package cn.xndpf.application.education;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.domain.education.GrantPayment;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paying approved grants (助学金发放): district and city staff list the approved grants of their
 * jurisdiction for a school year and record each one's payment once (day, the case's amount, the transfer's
 * reference), checked against the case's version they saw, audited. Not the monthly roll: see V45.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class GrantPaymentService {

    @Inject
    private EducationRepository education;

    @Inject
    private CaseRepository cases;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** The approved grants of the school year within the caller's jurisdiction; unpaid ones only if asked. */
    public List<GrantPaymentView> approvedGrants(String schoolYear, boolean unpaidOnly) {
        StaffUser me = currentStaff.require();
        List<EducationGrantCase> grants = education.approvedGrants(me.jurisdiction(), SchoolYear.parse(schoolYear));
        Map<Long, GrantPayment> payments = education.paymentsOf(grants.stream().map(EducationGrantCase::id).toList());
        return grants.stream().filter(g -> !unpaidOnly || !payments.containsKey(g.id()))
                .map(g -> view(g, payments.get(g.id()))).toList();
    }

    /** Records that the approved grant was paid; refused (nothing written) if it was paid already. */
    public GrantPaymentView pay(long caseId, int expectedVersion, LocalDate paidOn, BigDecimal amount,
                                String reference) {
        StaffUser me = currentStaff.require();
        EducationGrantCase grant = cases.find(caseId).filter(EducationGrantCase.class::isInstance)
                .map(EducationGrantCase.class::cast).filter(c -> me.jurisdiction().contains(c.division()))
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!education.paymentsOf(List.of(grant.id())).isEmpty()) {
            throw new InvalidValueException("case", "education.grantPaid", grant.caseNumber());
        }
        if (grant.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (grant.state() != CaseState.APPROVED) {
            throw new InvalidValueException("case", "education.paymentNotApproved");
        }
        if (paidOn == null) {
            throw new InvalidValueException("paidOn", "education.paidOnRequired");
        }
        if (paidOn.isAfter(PlatformClock.today()) || paidOn.isBefore(grant.appliedOn())) {
            throw new InvalidValueException("paidOn", "education.paidOnRange", grant.appliedOn());
        }
        if (amount == null || amount.compareTo(grant.amount()) != 0) {
            throw new InvalidValueException("amount", "education.paymentAmount", grant.amount().toPlainString());
        }
        String ref = reference == null ? "" : reference.trim();
        if (ref.length() < 2 || ref.length() > 60) {
            throw new InvalidValueException("reference", "education.paymentReference");
        }
        GrantPayment payment = new GrantPayment(grant, paidOn, ref, me.username());
        education.store(payment);
        // a second payer holding the same version now fails here, before the unique key does
        em.lock(grant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            throw new InvalidValueException("case", "education.grantPaid", grant.caseNumber());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("case", grant.caseNumber());
        after.put("paidOn", paidOn.toString());
        after.put("amount", payment.amount().toPlainString());
        after.put("reference", ref);
        audit.record(me.username(), AuditAction.CREATE, "GrantPayment", payment.id(), grant.division().value(),
                "发放助学金 " + grant.caseNumber(), null, after);
        return view(grant, payment);
    }

    private static GrantPaymentView view(EducationGrantCase g, GrantPayment p) {
        return new GrantPaymentView(g.id(), g.version(), g.caseNumber(), g.studentName(),
                g.studentIdNumber().masked(), g.schoolName(), g.division().value(), g.amount(),
                p == null ? null : p.paidOn(), p == null ? null : p.amount(), p == null ? null : p.reference(),
                p == null ? null : p.paidBy());
    }
}
