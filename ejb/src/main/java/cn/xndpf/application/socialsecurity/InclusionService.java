package cn.xndpf.application.socialsecurity;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.socialsecurity.InclusionFacts;
import cn.xndpf.domain.socialsecurity.InclusionRepository;
import cn.xndpf.domain.socialsecurity.InclusionRules;
import cn.xndpf.domain.socialsecurity.InclusionRules.Criteria;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Inclusion of the eligible disabled people in 低保 and 特困 (应保尽保), from the household statuses civil affairs
 * reports: who is eligible and who is included on a day, by the rule of the dated settings in force on that day
 * ({@link InclusionRules}), for the caller's jurisdiction only. Reads only; nothing to audit.
 */
@Stateless
@DeclareRoles({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF})
@RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF})
public class InclusionService {

    @Inject
    private InclusionRepository inclusion;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    /** The inclusion on {@code day} (today when null) in the caller's jurisdiction. */
    public InclusionView on(LocalDate day) {
        StaffUser me = currentStaff.require();
        LocalDate d = day == null ? PlatformClock.today() : day;
        Criteria c = criteriaOn(d);
        List<InclusionFacts> candidates = inclusion.candidates(me.jurisdiction(), d, c.levels(), c.poor());
        List<InclusionView.Line> lines = candidates.stream()
                .filter(f -> InclusionRules.eligible(c, f.level(), f.statuses()))
                .map(f -> new InclusionView.Line(f.personId(), f.name(), IdNumber.of(f.idNumber()).masked(),
                        f.divisionCode(), f.level(), statuses(f.statuses()),
                        InclusionRules.included(c, f.level(), f.statuses())))
                .toList();
        long included = lines.stream().filter(InclusionView.Line::included).count();
        return new InclusionView(d, lines.size(), included, InclusionRules.rate(included, lines.size()), lines);
    }

    /** The rule in force on {@code day}: V54's rows, or later rows from their day. */
    private Criteria criteriaOn(LocalDate day) {
        return Criteria.of(settings.valueOn(InclusionRules.LEVELS, day).orElse(null),
                settings.valueOn(InclusionRules.POOR_STATUSES, day).orElse(null),
                settings.valueOn(InclusionRules.INCLUDED_STATUSES, day).orElse(null));
    }

    private static Set<AssistanceStatus> statuses(Set<AssistanceStatus> s) {
        return s.isEmpty() ? EnumSet.noneOf(AssistanceStatus.class) : EnumSet.copyOf(s);
    }
}
