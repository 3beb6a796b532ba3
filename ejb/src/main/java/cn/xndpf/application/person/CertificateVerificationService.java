package cn.xndpf.application.person;

import cn.xndpf.application.audit.ReadAuditLog;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Certificate verification for partner systems. Callers are authenticated partners (not staff): the
 * endpoint checks the partner's scope, and so does this service, whatever called it; each answer is
 * audited under the partner, committed before the answer leaves (with other partners' entries of the same
 * moment: {@link ReadAuditLog}).
 */
@Stateless
@PermitAll
public class CertificateVerificationService {

    @Inject
    private PersonRepository people;

    @Inject
    private DivisionRepository divisions;

    @EJB
    private ReadAuditLog audit;

    @EJB
    private cn.xndpf.application.security.PartnerDirectory partners;

    /** By ID number: the holder's current certificate. Malformed input raises InvalidValueException. */
    public CertificateVerification byIdNumber(String rawIdNumber, String partnerCode) {
        partners.requireScope(partnerCode, cn.xndpf.domain.security.Partner.SCOPE_CERTIFICATE_VERIFICATION);
        IdNumber id = IdNumber.of(rawIdNumber);
        return answer(people.currentCertificateOf(id), partnerCode, IdNumber.FIELD);
    }

    /** By certificate number: only an exact number (category and level included) is recognised. */
    public CertificateVerification byCertificateNumber(String rawNumber, String partnerCode) {
        partners.requireScope(partnerCode, cn.xndpf.domain.security.Partner.SCOPE_CERTIFICATE_VERIFICATION);
        CertificateNumber number = CertificateNumber.of(rawNumber);
        return answer(people.findCertificateByNumber(number), partnerCode, CertificateNumber.FIELD);
    }

    private CertificateVerification answer(Optional<Certificate> found, String partnerCode, String field) {
        Certificate c = found.orElseThrow(() -> new NotFoundException(field, "certificate.notFound"));
        String divisionName = divisions.find(c.division()).map(Division::name).orElse(null);
        audit.record("partner:" + partnerCode, AuditAction.VIEW, "Certificate", c.id(), c.division().value(),
                "合作方核验残疾人证");
        return new CertificateVerification(c.isValid(), c.number().value(), c.category(), c.level(), c.status(),
                c.division().value(), divisionName);
    }
}
