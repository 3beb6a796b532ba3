package cn.xndpf.application.institution;

import cn.xndpf.application.workflow.CaseEnded;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.InstitutionRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When a case that placed a person with an institution ends (a care case terminated, later any program's),
 * the enrolments it made end on the case's last day, so the institution records and is settled for the
 * person no longer. Through {@link ServiceRecordService#endEnrolment}, by the user terminating the case,
 * audited, in the termination's transaction.
 */
@ApplicationScoped
public class EnrolmentsEndWithTheirCase {

    @Inject
    private InstitutionRepository institutions;

    @EJB
    private ServiceRecordService records;

    void onCaseEnded(@Observes CaseEnded ended) {
        for (Enrolment e : institutions.enrolmentsOfCase(ended.caseId())) {
            if (e.period().validTo() == null || e.period().validTo().isAfter(ended.lastDay())) {
                records.endEnrolment(e.id(), ended.lastDay());
            }
        }
    }
}
