package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentDeclaration;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The human-resources and social-security partner's side of the annual verification (人社部门报送年审申报, scope
 * {@code employment-declaration}, bound to the divisions it serves like a bank): it sends an employer's declaration
 * of a year that is over, taken by the same rules as one entered on the screen (channel PARTNER) and verified by the
 * federation's staff afterwards. An employer of a division it does not serve is answered like an unknown one. Each
 * declaration is audited as {@code partner:<code>}; a refusal stores and audits nothing.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@PermitAll
public class DeclarationPartnerService {

    @Inject
    private EmploymentRepository employment;

    @Inject
    private PartnerDirectory partners;

    @EJB
    private AuditTrail audit;

    public DeclarationView declare(String partnerCode, PartnerDeclaration in) {
        partners.requireScope(partnerCode, Partner.SCOPE_EMPLOYMENT_DECLARATION);
        CreditCode code = CreditCode.of(in.creditCode());
        Employer employer = employment.employer(code)
                .filter(e -> partners.serves(partnerCode, Partner.SCOPE_EMPLOYMENT_DECLARATION, e.division()))
                .orElseThrow(() -> new NotFoundException(CreditCode.FIELD, "employment.employerNotFound"));
        EmploymentDeclaration d = QuotaService.take(employment, employer, in.form(employer.id()),
                EmploymentDeclaration.Channel.PARTNER, "partner:" + partnerCode);
        audit.record("partner:" + partnerCode, AuditAction.CREATE, QuotaService.DECLARATION, d.id(),
                employer.division().value(), "人社部门报送年审申报 quota declaration " + d.year(), null,
                QuotaService.snapshot(d));
        return DeclarationView.of(d);
    }
}
