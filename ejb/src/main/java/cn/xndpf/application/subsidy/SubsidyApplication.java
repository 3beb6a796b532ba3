package cn.xndpf.application.subsidy;

import cn.xndpf.domain.subsidy.SubsidyType;

import java.io.Serializable;
import java.time.LocalDate;

/** What the township takes down when someone applies for a subsidy (申请). Raw input, validated by the service. */
public record SubsidyApplication(String idNumber, SubsidyType type, String bankName, String bankAccount,
                                 LocalDate appliedOn) implements Serializable {
}
