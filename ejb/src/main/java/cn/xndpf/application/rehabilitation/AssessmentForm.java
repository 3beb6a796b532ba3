package cn.xndpf.application.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A needs assessment as staff take it down (康复需求评估): whose, on which day, and the basic service found
 * needed ({@code neededService} null: no need found). Raw input, validated by the service.
 */
public record AssessmentForm(String idNumber, LocalDate assessedOn, ServiceKind neededService, String note)
        implements Serializable {
}
