package cn.xndpf.application.education;

import java.io.Serializable;

/**
 * What the education bureau reports (入学信息上报): a child's ID number, the school year ("2025-2026"),
 * whether the child is enrolled ("true"/"false") and the school. Raw text as the partner sent it.
 */
public record EnrolmentReportForm(String idNumber, String schoolYear, String enrolled, String schoolName)
        implements Serializable {
}
