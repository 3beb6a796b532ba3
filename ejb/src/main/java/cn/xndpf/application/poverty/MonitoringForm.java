package cn.xndpf.application.poverty;

import cn.xndpf.domain.poverty.RiskKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** A household put under return-to-poverty monitoring (纳入防返贫监测) as typed. */
public record MonitoringForm(String householdNumber, LocalDate startedOn, Set<RiskKind> risks, String note)
        implements Serializable {
}
