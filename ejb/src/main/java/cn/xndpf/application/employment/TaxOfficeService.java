package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.employment.SecurityFund;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tax office's side of the security fund (税务部门, scope {@code security-fund}, bound to the divisions it serves
 * like a bank): it reads the verified funds of a year and reports what it collected from an employer. An employer
 * of a division it does not serve is answered like an unknown one. Each report is audited as
 * {@code partner:<code>} with what it replaced. The REST and SOAP endpoints are not built yet: they call this.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@PermitAll
public class TaxOfficeService {

    private static final int MAX_LIST = 5000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    @Inject
    private EmploymentRepository employment;

    @Inject
    private PartnerDirectory partners;

    @EJB
    private AuditTrail audit;

    /** The computed funds of a year for the employers of the divisions the partner serves. */
    public List<FundView> verifiedFunds(String partnerCode, int year) {
        partners.requireScope(partnerCode, Partner.SCOPE_SECURITY_FUND);
        return employment.fundsOfYear(year, MAX_LIST).stream()
                .filter(f -> partners.serves(partnerCode, Partner.SCOPE_SECURITY_FUND, f.division()))
                .map(FundView::of).toList();
    }

    /**
     * Records what the tax office collected from an employer for a year (征收), on a day not in the future; a later
     * report of the same year replaces the earlier one. Returns the fund with what is outstanding.
     */
    public FundView reportCollected(String partnerCode, String creditCode, int year, BigDecimal amount,
                                    LocalDate collectedOn) {
        partners.requireScope(partnerCode, Partner.SCOPE_SECURITY_FUND);
        CreditCode code = CreditCode.of(creditCode);
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidValueException("amount", "employment.collectedAmount");
        }
        if (collectedOn == null) {
            throw new InvalidValueException("collectedOn", "date.required");
        }
        if (collectedOn.isAfter(PlatformClock.today())) {
            throw new InvalidValueException("collectedOn", "date.future");
        }
        Employer employer = employment.employer(code)
                .filter(e -> partners.serves(partnerCode, Partner.SCOPE_SECURITY_FUND, e.division()))
                .orElseThrow(() -> new NotFoundException(CreditCode.FIELD, "employment.employerNotFound"));
        SecurityFund fund = employment.fund(employer.id(), year)
                .orElseThrow(() -> new InvalidValueException("year", "employment.notComputed"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("collected", fund.collected() == null ? null : fund.collected().toPlainString());
        before.put("collectedOn", fund.collectedOn() == null ? null : fund.collectedOn().toString());
        fund.collected(amount, collectedOn);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("collected", amount.toPlainString());
        after.put("collectedOn", collectedOn.toString());
        audit.record("partner:" + partnerCode, AuditAction.UPDATE, SecurityFundService.FUND, fund.id(),
                fund.division().value(), "税务部门报告保障金征收 fund collected " + code + " " + year, before, after);
        return FundView.of(fund);
    }
}
