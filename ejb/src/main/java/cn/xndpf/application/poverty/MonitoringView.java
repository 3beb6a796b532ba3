package cn.xndpf.application.poverty;

import cn.xndpf.domain.poverty.MeasureKind;
import cn.xndpf.domain.poverty.RiskKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A return-to-poverty monitoring (防返贫监测) as shown: its risks, measures, and the day the risk was removed. */
public record MonitoringView(long id, int version, String householdNumber, String divisionCode, LocalDate startedOn,
                             List<RiskKind> risks, String note, List<Measure> measures, LocalDate riskRemovedOn)
        implements Serializable {

    /** A measure taken. */
    public record Measure(MeasureKind kind, LocalDate takenOn, String note) implements Serializable {
    }

    public boolean open() {
        return riskRemovedOn == null;
    }
}
