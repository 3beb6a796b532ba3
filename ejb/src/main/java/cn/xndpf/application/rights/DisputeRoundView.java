package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.DisputeKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A screening round as screens see it: the people concerned by name and masked ID number only. */
public record DisputeRoundView(long id, LocalDate screenedOn, String divisionCode, String screenedBy, String note,
                               List<Finding> findings) implements Serializable {

    public record Finding(long id, int version, DisputeKind kind, String description, String concerned,
                          LocalDate resolvedOn, String resolution) implements Serializable {

        public boolean resolved() {
            return resolvedOn != null;
        }
    }

    public long unresolved() {
        return findings.stream().filter(f -> !f.resolved()).count();
    }
}
