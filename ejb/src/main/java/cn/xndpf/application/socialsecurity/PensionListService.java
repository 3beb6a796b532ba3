package cn.xndpf.application.socialsecurity;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.socialsecurity.PensionListRepository;
import cn.xndpf.domain.socialsecurity.PensionListRepository.Candidate;
import cn.xndpf.domain.socialsecurity.PensionRules;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yearly list of basic pension insurance contributions the government pays or subsidises for disabled people
 * (城乡居民基本养老保险 代缴/补贴名单): compiled by district or city staff for their jurisdiction with the settings
 * in force on 1 January of the year ({@link PensionRules}); compiling again adds only the people not yet listed,
 * so a line keeps the share it was compiled with whatever a later setting says. Audited per compilation.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PensionListService {

    @Inject
    private PensionListRepository lists;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /**
     * Adds to {@code year}'s list the people of the caller's jurisdiction who contribute that year and are not
     * listed yet; returns how many were added. Only this year and the last are open.
     */
    public int compile(int year) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        if (year < today.getYear() - 1 || year > today.getYear()) {
            throw new InvalidValueException("year", "pension.yearNotOpen", (today.getYear() - 1) + "-" + today.getYear());
        }
        LocalDate day = PensionRules.settingsDay(year);
        int minAge = Integer.parseInt(settings.valueOn(PensionRules.MIN_AGE, day).orElse("16").trim());
        int maxAge = Integer.parseInt(settings.valueOn(PensionRules.MAX_AGE, day).orElse("59").trim());
        Map<Integer, BigDecimal> shares = new HashMap<>();
        for (int level = 1; level <= 4; level++) {
            int l = level;
            settings.valueOn(PensionRules.SHARE + level, day).ifPresent(v -> shares.put(l, new BigDecimal(v.trim())));
        }
        Set<Long> listed = lists.listed(me.jurisdiction(), year);
        int added = 0;
        // The people registered on 1 January of the year; someone registered later joins next year's list.
        for (Candidate c : lists.candidates(me.jurisdiction(), day)) {
            BigDecimal share = PensionRules.share(c.level(), shares);
            if (share != null && !listed.contains(c.personId())
                    && PensionRules.contributes(c.birthDate(), year, minAge, maxAge)) {
                lists.add(year, c, share, today, me.username());
                added++;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("added", added);
        audit.record(me.username(), AuditAction.CREATE, "PensionList", year, me.jurisdiction().value(),
                "编制养老保险代缴名单 pension contribution list " + year, Map.of(), after);
        return added;
    }

    /** The year's list of the caller's jurisdiction with the partner's answers. */
    public List<PensionLineView> list(int year) {
        StaffUser me = currentStaff.require();
        return lists.lines(me.jurisdiction(), year).stream().map(PensionListService::view).toList();
    }

    /**
     * The year's list of the caller's jurisdiction with its counts: listed, answered by the partner, answered as
     * insured, and the participation rate (参保率, an unanswered line counting as not insured).
     */
    public PensionListView yearList(int year) {
        List<PensionLineView> lines = list(year);
        long answered = lines.stream().filter(l -> l.pensionInsured() != null).count();
        long insured = lines.stream().filter(l -> Boolean.TRUE.equals(l.pensionInsured())).count();
        return new PensionListView(year, lines.size(), answered, insured,
                PensionRules.participationRate(insured, lines.size()), lines);
    }

    /** A line as staff see it: the ID number masked. */
    static PensionLineView view(PensionListRepository.Line l) {
        return new PensionLineView(l.year(), l.personId(), l.name(), IdNumber.of(l.idNumber()).masked(),
                l.divisionCode(), l.level(), l.governmentShare(), l.compiledOn(), l.pensionInsured(),
                l.medicalInsured(), l.medicalAssistance());
    }
}
