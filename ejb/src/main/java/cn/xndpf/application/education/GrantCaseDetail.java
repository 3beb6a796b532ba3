package cn.xndpf.application.education;

import cn.xndpf.application.workflow.CaseDetailContributor;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.enterprise.context.ApplicationScoped;

/** The grant's line on every case view: school year, student, stage and grade, amount (2025-2026 · 张三 · 初中2年级 · 1250.00元). */
@ApplicationScoped
public class GrantCaseDetail implements CaseDetailContributor {

    @Override
    public String detail(ProgramCase c) {
        return c instanceof EducationGrantCase g ? g.schoolYear().label() + " · " + g.studentName() + "（"
                + g.relation().chineseName() + "） · " + g.stage().chineseName() + g.grade() + "年级 · "
                + g.amount().toPlainString() + "元" : null;
    }
}
