package cn.xndpf.application.accessibility;

import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityCount;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An inventory entry as the list shows it: its latest count and the day it holds from, and its latest inspection
 * (null when never inspected).
 */
public record FacilityView(long id, int version, String divisionCode, FacilityKind kind, String name, int quantity,
                           LocalDate countedOn, InspectionView lastInspection) implements Serializable {

    static FacilityView of(AccessibleFacility f, FacilityCount latest, FacilityInspection last) {
        return new FacilityView(f.id(), f.version(), f.division().value(), f.kind(), f.name(),
                latest == null ? 0 : latest.quantity(), latest == null ? null : latest.countedOn(),
                last == null ? null : InspectionView.of(last));
    }

    /** A count of the entry: how many from which day on, recorded by whom. */
    public record CountView(LocalDate countedOn, int quantity, String recordedBy) implements Serializable {

        static CountView of(FacilityCount c) {
            return new CountView(c.countedOn(), c.quantity(), c.recordedBy());
        }
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
