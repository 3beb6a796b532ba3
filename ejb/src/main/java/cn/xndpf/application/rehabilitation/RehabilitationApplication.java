package cn.xndpf.application.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;

import java.io.Serializable;
import java.time.LocalDate;

/** An application for a basic rehabilitation service (康复服务申请). Raw input, validated by the service. */
public record RehabilitationApplication(String idNumber, ServiceKind service, LocalDate appliedOn)
        implements Serializable {
}
