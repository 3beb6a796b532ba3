package cn.xndpf.application.rehabilitation;

import cn.xndpf.domain.rehabilitation.ChildAidKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An application for children's rehabilitation aid (残疾儿童康复救助申请). Raw input, validated by the service. */
public record ChildAidApplication(String idNumber, ChildAidKind kind, BigDecimal amount, LocalDate appliedOn)
        implements Serializable {
}
