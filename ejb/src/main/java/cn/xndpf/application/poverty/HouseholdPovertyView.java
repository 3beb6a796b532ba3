package cn.xndpf.application.poverty;

import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A household's page (贫困户信息): its registered members (name and masked ID number), its status history in order,
 * its monitorings newest first, and the open one (its open risk) when there is one.
 */
public record HouseholdPovertyView(long householdId, String householdNumber, String divisionCode,
                                   List<String> members, List<StatusRow> history, List<MonitoringView> monitorings)
        implements Serializable {

    /** One change of status. */
    public record StatusRow(int seq, PovertyStatus status, PoorKind poorKind, LocalDate effectiveOn, String note,
                            String recordedBy) implements Serializable {
    }

    /** The status now, or null when never recorded. */
    public PovertyStatus status() {
        return history.isEmpty() ? null : history.get(history.size() - 1).status();
    }

    /** The monitoring whose risk is still open, or null. */
    public MonitoringView openMonitoring() {
        return monitorings.stream().filter(MonitoringView::open).findFirst().orElse(null);
    }
}
