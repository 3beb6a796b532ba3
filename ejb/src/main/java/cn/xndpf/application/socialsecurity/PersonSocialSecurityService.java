package cn.xndpf.application.socialsecurity;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.socialsecurity.InclusionRules;
import cn.xndpf.domain.socialsecurity.PensionListRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's social security (社会保障) for the person's page: the pension contribution lines of every year with
 * the partner's answers, and whether the household is in 低保 or 特困 today. For the roles that open a person's
 * record and the person of their jurisdiction only, refused like the record itself otherwise. Reads only and
 * audits nothing: the page reads it right after {@code RegistryService.open}, whose audited view of the person it
 * is part of.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class PersonSocialSecurityService {

    @Inject
    private PersonRepository people;

    @Inject
    private PensionListRepository lists;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    public PersonSocialSecurityView of(long personId) {
        StaffUser me = currentStaff.require();
        Person p = people.find(personId).filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new NotFoundException("person", "person.notFound"));
        LocalDate today = PlatformClock.today();
        return new PersonSocialSecurityView(today,
                lists.linesOf(p.id()).stream().map(PensionListService::view).toList(), included(p.household(), today));
    }

    /** The household's statuses on the day that the inclusion rule in force that day counts as included. */
    private Set<AssistanceStatus> included(Household h, LocalDate day) {
        Set<AssistanceStatus> out = EnumSet.noneOf(AssistanceStatus.class);
        if (h != null) {
            Set<AssistanceStatus> counted = InclusionRules.Criteria.of(null, null,
                    settings.valueOn(InclusionRules.INCLUDED_STATUSES, day).orElse(null)).included();
            h.statusesOn(day).stream().filter(counted::contains).forEach(out::add);
        }
        return out;
    }
}
