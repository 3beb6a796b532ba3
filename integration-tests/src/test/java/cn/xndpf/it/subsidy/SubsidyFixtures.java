package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;

import java.time.LocalDate;

/**
 * Registry records and running subsidy cases made the way staff make them: registered and certified by
 * the district, applied for, and approved level by level by the township clerk, the district DPF and
 * district civil affairs of 城东区 (东关街道). Runs inside the application, as the in-container tests do.
 */
final class SubsidyFixtures {

    /** Communities of 东关街道 (630102001) that other tests do not use. */
    static final String COMMUNITY_PARTNER = "630102001005";
    static final String COMMUNITY_RECHECK = "630102001006";
    static final String COMMUNITY_RESTART = "630102001007";
    static final String COMMUNITY_SCREEN = "630102001004";

    /** How the fixtures log a demo user in where they run (an Arquillian test, or a test servlet). */
    @FunctionalInterface
    interface Login {
        void as(String username, String password);
    }

    private final RegistryService registry;
    private final SubsidyService subsidies;
    private final CaseWorkflowService workflow;
    private final Login login;

    /** For in-container tests: logs in with {@link StaffLogin}. */
    SubsidyFixtures(RegistryService registry, SubsidyService subsidies, CaseWorkflowService workflow) {
        this(registry, subsidies, workflow, StaffLogin::as);
    }

    SubsidyFixtures(RegistryService registry, SubsidyService subsidies, CaseWorkflowService workflow, Login login) {
        this.registry = registry;
        this.subsidies = subsidies;
        this.workflow = workflow;
        this.login = login;
    }

    /** A registered person of a new household holding 低保 since {@code dibaoFrom}, with a valid certificate. */
    record Holder(long personId, String idNumber, long householdId, String householdNumber, long certificateId) {
    }

    Holder holder(String community, DisabilityCategory category, DisabilityLevel level, LocalDate dibaoFrom) {
        login.as("chengdong", "district123");
        String id;
        long personId;
        while (true) {
            // synthetic numbers of other test classes (deployed separately, each counting from its own
            // start) may already be on the registry: take the next one
            String candidate = TestIds.valid("630102", true);
            try {
                personId = registry.register(new PersonRegistration(candidate, "核查测试", "汉族", "13800000001",
                        "测试地址", community, "HR" + candidate, true));
                id = candidate;
                break;
            } catch (InvalidValueException e) {
                if (!"person.duplicate".equals(e.key())) {
                    throw e;
                }
            }
        }
        String household = "HR" + id;
        long certificateId = registry.issueCertificate(personId, category, level, LocalDate.of(2020, 5, 1));
        PersonRecord record = registry.open(personId);
        if (dibaoFrom != null) {
            registry.changeAssistance(record.household().id(), AssistanceStatus.DIBAO, true, dibaoFrom);
        }
        return new Holder(personId, id, record.household().id(), household, certificateId);
    }

    /** Applies in the district and approves at the three levels; the case is active from the month applied. */
    long activeCase(Holder h, SubsidyType type, LocalDate appliedOn) {
        login.as("chengdong", "district123");
        long caseId = subsidies.apply(new SubsidyApplication(h.idNumber(), type, "青海银行", "6230000000000" + h.personId(),
                appliedOn));
        approve(caseId, "clerk-dongguan", "clerk123");
        approve(caseId, "chengdong", "district123");
        approve(caseId, "civil-chengdong", "civil123");
        login.as("chengdong", "district123");
        CaseView c = workflow.open(caseId);
        if (c.state() != CaseState.ACTIVE) {
            throw new IllegalStateException("case " + caseId + " is " + c.state() + " after approval");
        }
        return caseId;
    }

    private void approve(long caseId, String user, String password) {
        login.as(user, password);
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
    }
}
