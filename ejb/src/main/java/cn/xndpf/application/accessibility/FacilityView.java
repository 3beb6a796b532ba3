package cn.xndpf.application.accessibility;

import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;

import java.io.Serializable;
import java.time.LocalDate;

/** An inventory entry as the list shows it, with its latest inspection (null when never inspected). */
public record FacilityView(long id, int version, String divisionCode, FacilityKind kind, String name, int quantity,
                           LocalDate recordedOn, InspectionView lastInspection) implements Serializable {

    static FacilityView of(AccessibleFacility f, FacilityInspection last) {
        return new FacilityView(f.id(), f.version(), f.division().value(), f.kind(), f.name(), f.quantity(),
                f.recordedOn(), last == null ? null : InspectionView.of(last));
    }

    /** An inspection: day, inspector, findings, the day fixed (null while open). */
    public record InspectionView(long id, LocalDate inspectedOn, String inspector, String findings, LocalDate fixedOn)
            implements Serializable {

        static InspectionView of(FacilityInspection i) {
            return new InspectionView(i.id(), i.inspectedOn(), i.inspector(), i.findings(), i.fixedOn());
        }

        public boolean open() {
            return fixedOn == null;
        }
    }
}
