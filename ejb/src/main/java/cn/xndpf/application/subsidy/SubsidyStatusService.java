package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.CaseRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A person's subsidy cases for partner systems (civil affairs checking overlaps, for example): each case's
 * subsidy, state and covered months. The partner's scope is checked here and each query is audited under
 * the partner.
 */
@Stateless
@PermitAll
public class SubsidyStatusService {

    @Inject
    private PersonRepository people;

    @Inject
    private CaseRepository cases;

    @Inject
    private AuditTrail audit;

    @EJB
    private PartnerDirectory partners;

    /** Every subsidy case of the person, newest first; malformed or unknown ID numbers are refused. */
    public List<SubsidyCaseStatus> casesOf(String idNumber, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_SUBSIDY_STATUS);
        // a person of a division the partner does not serve is answered like one nobody registered
        Person p = people.findByIdNumber(IdNumber.of(idNumber))
                .filter(x -> partners.serves(partnerCode, Partner.SCOPE_SUBSIDY_STATUS, x.division()))
                .orElseThrow(() -> new NotFoundException(IdNumber.FIELD, "person.notFound"));
        List<SubsidyCaseStatus> result = cases.casesOf(p).stream()
                .filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .map(c -> new SubsidyCaseStatus(c.caseNumber(), c.type(), c.state(), c.benefitFrom(), c.benefitUntil()))
                .toList();
        audit.record("partner:" + partnerCode, AuditAction.VIEW, "Person", p.id(), p.division().value(),
                "合作方查询两项补贴享受情况", null, null);
        return result;
    }
}
