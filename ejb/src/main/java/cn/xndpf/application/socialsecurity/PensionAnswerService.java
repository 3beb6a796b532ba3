package cn.xndpf.application.socialsecurity;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.socialsecurity.PensionListRepository;
import cn.xndpf.domain.socialsecurity.PensionListRepository.Answer;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HR and social-security partner's side of the pension list (scope {@link Partner#SCOPE_SOCIAL_SECURITY}, for
 * the divisions it serves): it reads a year's list and answers who is insured, with medical insurance and medical
 * assistance in the same answer. An answer is checked whole before anything is stored: the first bad row is named
 * by its index ({@code answers[2].idNumber}) and nothing changes; a person not served, not registered or not on
 * the year's list is a bad row. Stored per person and year; the same answer again changes and audits nothing; a
 * different one replaces the earlier, audited (actor {@code partner:<code>}) with what it replaced.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PensionAnswerService {

    /** The most rows one answer may carry. */
    public static final int MAX_ROWS = 500;

    private static final DivisionCode CITY = DivisionCode.of("630100");

    @Inject
    private PensionListRepository lists;

    @Inject
    private PersonRepository people;

    @Inject
    private PartnerDirectory partners;

    @EJB
    private AuditTrail audit;

    /** The year's list for the divisions the partner serves, with whole ID numbers (see {@link PartnerPensionLine}). */
    @PermitAll
    public List<PartnerPensionLine> listFor(String partnerCode, int year) {
        partners.requireScope(partnerCode, Partner.SCOPE_SOCIAL_SECURITY);
        return lists.lines(CITY, year).stream()
                .filter(l -> partners.serves(partnerCode, Partner.SCOPE_SOCIAL_SECURITY, DivisionCode.of(l.divisionCode())))
                .map(l -> new PartnerPensionLine(l.year(), l.personId(), l.idNumber(), l.name(), l.divisionCode(),
                        l.level(), l.governmentShare(), l.pensionInsured(), l.medicalInsured(), l.medicalAssistance()))
                .toList();
    }

    /** A year as a partner's system writes it (text, REST and SOAP alike): four digits, else refused on {@code year}. */
    public static int year(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(t);
        }
        throw new InvalidValueException("year", "pension.year", String.valueOf(PlatformClock.today().getYear()));
    }

    /** Takes the partner's answer for {@code year}; returns how many people's answers changed. */
    @PermitAll
    public int answer(String partnerCode, int year, List<PensionAnswerRow> rows) {
        partners.requireScope(partnerCode, Partner.SCOPE_SOCIAL_SECURITY);
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidValueException("answers", "pension.answerRows", MAX_ROWS);
        }
        record Checked(Person person, Answer answer) {
        }
        List<Checked> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PensionAnswerRow row = rows.get(i);
            String at = "answers[" + i + "].";
            IdNumber id;
            try {
                id = IdNumber.of(row == null || row.idNumber() == null ? null : row.idNumber().trim());
            } catch (InvalidValueException e) {
                throw new InvalidValueException(at + IdNumber.FIELD, e.key(), e.args());
            }
            Person p = people.findByIdNumber(id)
                    .filter(x -> partners.serves(partnerCode, Partner.SCOPE_SOCIAL_SECURITY, x.division()))
                    .orElseThrow(() -> new InvalidValueException(at + IdNumber.FIELD, "person.notFound"));
            if (!lists.listed(p.division(), year).contains(p.id())) {
                throw new InvalidValueException(at + IdNumber.FIELD, "pension.notListed", String.valueOf(year));
            }
            if (!seen.add(p.id())) {
                throw new InvalidValueException(at + IdNumber.FIELD, "pension.duplicateRow");
            }
            Boolean pension = flag(row.pensionInsured(), at + "pensionInsured");
            if (pension == null) {
                throw new InvalidValueException(at + "pensionInsured", "pension.flag");
            }
            checked.add(new Checked(p, new Answer(pension, flag(row.medicalInsured(), at + "medicalInsured"),
                    flag(row.medicalAssistance(), at + "medicalAssistance"))));
        }
        String actor = "partner:" + partnerCode;
        Instant now = Instant.now();
        int changed = 0;
        for (Checked c : checked) {
            Answer before = lists.answerOf(year, c.person().id()).orElse(null);
            if (c.answer().equals(before)) {
                continue;
            }
            lists.storeAnswer(year, c.person().id(), c.answer(), actor, now);
            audit.record(actor, before == null ? AuditAction.CREATE : AuditAction.UPDATE, "PensionAnswer",
                    year + "/" + c.person().id(), c.person().division().value(), "养老保险参保反馈 " + year,
                    before == null ? null : snapshot(before), snapshot(c.answer()));
            changed++;
        }
        return changed;
    }

    /** "true", "false", or absent (null); anything else names its field. */
    private static Boolean flag(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.equals("true") && !v.equals("false")) {
            throw new InvalidValueException(field, "pension.flag");
        }
        return Boolean.valueOf(v);
    }

    private static Map<String, Object> snapshot(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pensionInsured", a.pensionInsured());
        m.put("medicalInsured", a.medicalInsured());
        m.put("medicalAssistance", a.medicalAssistance());
        return m;
    }
}
