package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;

import java.time.LocalDate;
import java.util.Set;

/**
 * Makes subsidy cases through the real services, as the people who do it: a district DPF officer
 * registers the person, issues the certificate, records 低保 and takes the application; the township
 * clerk, the district DPF and district civil affairs then approve it level by level.
 */
final class SubsidyFixture {

    static final String COMMUNITY = "630102001001";
    static final String DISTRICT = "630102";

    private final RegistryService registry;
    private final SubsidyService subsidies;
    private final CaseWorkflowService workflow;

    SubsidyFixture(RegistryService registry, SubsidyService subsidies, CaseWorkflowService workflow) {
        this.registry = registry;
        this.subsidies = subsidies;
        this.workflow = workflow;
    }

    /** A person of 东关街道 with a certificate of the level since 2015 and, for the living subsidy, 低保. */
    long person(SubsidyType type, DisabilityLevel level) {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid(DISTRICT, true);
        long personId = registry.register(new PersonRegistration(id, "测试发放" + id.substring(14, 17), "汉族",
                "13900000000", "东关大街1号", COMMUNITY, "HR" + id, true));
        registry.issueCertificate(personId, level.isSevere() ? DisabilityCategory.PHYSICAL : DisabilityCategory.VISUAL,
                level, LocalDate.of(2015, 1, 5));
        if (type == SubsidyType.LIVING) {
            PersonRecord r = registry.open(personId);
            registry.changeAssistance(r.household().id(), AssistanceStatus.DIBAO, true, LocalDate.of(2015, 1, 1));
        }
        return personId;
    }

    /** An approved, active case applied for on {@code appliedOn}: its benefit starts that month. */
    long activeCase(SubsidyType type, DisabilityLevel level, LocalDate appliedOn) {
        return activeCase(type, level, appliedOn, "青海银行城东支行");
    }

    /** The same with the bank name as the applicant wrote it (free text: exports must cope with anything). */
    long activeCase(SubsidyType type, DisabilityLevel level, LocalDate appliedOn, String bankName) {
        long personId = person(type, level);
        StaffLogin.as("chengdong", "district123");
        String idNumber = registry.open(personId).idNumber();
        long caseId = subsidies.apply(new SubsidyApplication(idNumber, type, bankName,
                "6214" + idNumber.substring(0, 14), appliedOn));
        approve(caseId);
        return caseId;
    }

    void approve(long caseId) {
        review(caseId, "clerk-dongguan", "clerk123");
        review(caseId, "chengdong", "district123");
        review(caseId, "civil-chengdong", "civil123");
    }

    private void review(long caseId, String user, String password) {
        StaffLogin.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }

    /** Records the holder's death (the certificate is cancelled for death on that day). */
    void dies(long caseId, LocalDate day) {
        StaffLogin.as("chengdong", "district123");
        long personId = workflow.open(caseId).personId();
        PersonRecord.CertificateView c = registry.open(personId).validCertificate();
        registry.cancel(c.id(), c.version(), CancellationReason.DEATH, day, "死亡注销（测试）");
    }

    void terminate(long caseId, LocalDate lastDay) {
        StaffLogin.as("chengdong", "district123");
        workflow.terminate(caseId, workflow.open(caseId).version(), lastDay, "迁出本市（测试）");
    }

    void suspend(long caseId) {
        StaffLogin.as("chengdong", "district123");
        workflow.suspend(caseId, workflow.open(caseId).version(), "待核实（测试）");
    }

    /**
     * Starts the roll as district staff and waits for the job to end; returns its batch status. The status
     * is read through the service: the batch runtime shows an execution only to the module that started it.
     */
    static BatchStatus runRoll(PaymentRollService rolls, String month) {
        StaffLogin.as("chengdong", "district123");
        long execution = rolls.start(month, DISTRICT);
        return await(() -> rolls.executionStatus(execution).map(BatchStatus::valueOf).orElseThrow(), execution);
    }

    /** Waits for an execution this test module started itself through the job operator. */
    static BatchStatus await(long executionId) {
        return await(() -> BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus(), executionId);
    }

    static BatchStatus await(java.util.function.Supplier<BatchStatus> status, long executionId) {
        Set<BatchStatus> ended = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.ABANDONED);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            BatchStatus s = status.get();
            if (ended.contains(s)) {
                return s;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job execution " + executionId + " did not end within 3 minutes");
    }
}
