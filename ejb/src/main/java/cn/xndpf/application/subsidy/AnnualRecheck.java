package cn.xndpf.application.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.RecheckFinding;
import cn.xndpf.domain.subsidy.RecheckFindingRepository;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.CaseRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The annual re-check of the two subsidies (两项补贴年度核查) one case at a time, for the batch job
 * {@code subsidy-annual-recheck}: which running cases to look at, whether each one's basis still holds on
 * the check date, and storing what was found. The job's chunk transaction spans a whole chunk, so a crash
 * stores either all of a chunk's findings or none; storing is idempotent per case and date, so a restart
 * or a re-run never adds a second finding.
 * <p>
 * No staff caller: the job runs without one. Staff start the job and act on findings through
 * {@link SubsidyRecheckService}.
 */
@Stateless
@PermitAll
public class AnnualRecheck {

    @Inject
    private RecheckFindingRepository findings;

    @Inject
    private CaseRepository cases;

    @Inject
    private PersonRepository people;

    @EJB
    private SubsidyService subsidies;

    /** Running (active or suspended) subsidy cases of a division after {@code afterId}, in id order. */
    public List<Long> casesToRecheck(DivisionCode division, long afterId) {
        return findings.casesToRecheck(division, afterId);
    }

    /**
     * Judges one case on the check date by the subsidy's rules, and compares the level it is paid at with
     * the level of the person's valid certificate.
     */
    public RecheckResult examine(long caseId, LocalDate checkDate) {
        SubsidyCase c = subsidyCase(caseId);
        EligibilityResult eligibility = subsidies.recheck(caseId, checkDate);
        List<RecheckReason> reasons = new ArrayList<>();
        Certificate valid = people.validCertificateOf(c.person()).orElse(null);
        if (valid != null && valid.level() != c.benefitLevel()) {
            reasons.add(RecheckReason.levelChanged(c, valid));
        }
        eligibility.reasons().stream().map(RecheckReason::of).forEach(reasons::add);
        return new RecheckResult(caseId, reasons, valid == null ? null : valid.level());
    }

    /**
     * Stores a chunk's results for a check date: a new finding where the basis changed, the open finding
     * revised where there was one already, an open finding removed where the basis holds again. A finding
     * staff already resolved for that date is left as they decided.
     *
     * @return how many findings are open for these cases after the chunk
     */
    public int record(LocalDate checkDate, Long jobExecution, List<RecheckResult> results) {
        int open = 0;
        for (RecheckResult r : results) {
            SubsidyCase c = subsidyCase(r.caseId());
            Optional<RecheckFinding> existing = findings.find(c, checkDate);
            if (!r.basisChanged()) {
                existing.filter(RecheckFinding::isOpen).ifPresent(findings::remove);
            } else if (existing.isEmpty()) {
                findings.store(new RecheckFinding(c, checkDate, r.reasons(), r.certificateLevel(), jobExecution));
                open++;
            } else if (existing.get().isOpen()) {
                existing.get().revise(r.reasons(), r.certificateLevel(), jobExecution);
                open++;
            }
        }
        return open;
    }

    /** The start of a run: a re-run of the same date replaces that date's open findings in the division. */
    public int clearOpenFindings(DivisionCode division, LocalDate checkDate) {
        return findings.removeOpen(division, checkDate);
    }

    private SubsidyCase subsidyCase(long caseId) {
        return cases.find(caseId).filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
    }
}
