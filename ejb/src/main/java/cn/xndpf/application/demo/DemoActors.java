package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.workflow.ReviewPlan;

import java.util.List;

/**
 * Who acts on a demo person's case: the demo account of the role at the person's office of the level (the
 * township's clerk, the district's staff, a chain stage's reviewer), or the name that office's account would
 * have where the demo has none there.
 */
record DemoActors(List<StaffUser> staff) {

    String reviewer(DemoDataGenerator.DemoPerson d, ReviewPlan.Step step) {
        return of(d, StaffRole.valueOf(step.role()), step.divisionLevel());
    }

    String townshipClerk(DemoDataGenerator.DemoPerson d) {
        return of(d, StaffRole.TOWNSHIP_CLERK, DivisionLevel.TOWNSHIP);
    }

    String districtStaff(DemoDataGenerator.DemoPerson d) {
        return of(d, StaffRole.DISTRICT_STAFF, DivisionLevel.COUNTY);
    }

    String of(DemoDataGenerator.DemoPerson d, StaffRole role, DivisionLevel level) {
        String division = d.person().division().value();
        String office = level == DivisionLevel.TOWNSHIP ? division.substring(0, 9) : division.substring(0, 6);
        return staff.stream().filter(u -> u.role() == role && u.jurisdiction().value().equals(office))
                .map(StaffUser::username).findFirst()
                .orElse((role == StaffRole.TOWNSHIP_CLERK ? "clerk-" : "dpf-") + office);
    }
}
