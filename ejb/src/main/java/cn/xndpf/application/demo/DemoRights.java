package cn.xndpf.application.demo;

import cn.xndpf.domain.culture.CultureEvent;
import cn.xndpf.domain.culture.CultureEventKind;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rights.DisputeFinding;
import cn.xndpf.domain.rights.DisputeKind;
import cn.xndpf.domain.rights.DisputeRound;
import cn.xndpf.domain.rights.LegalMatter;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalOutcome;
import cn.xndpf.domain.rights.Petition;
import cn.xndpf.domain.rights.PetitionChannel;
import cn.xndpf.domain.rights.PetitionDeadlines;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.rights.Satisfaction;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's rights and culture history (维权与文体演示历史), built by the domain's own entities and their steps
 * (so every step is checked as on a screen): in every county petitions (信访) since the dated deadlines came into
 * force, one in each state (received, not accepted, accepted, answered, under review, reviewed, closed), some
 * overdue against the deadlines in force on the day they were received and the past years' mostly closed with
 * the petitioner's satisfaction; legal consultations and legal-aid cases of every year with their outcomes
 * (the last weeks' still open); two dispute screening rounds a year (矛盾纠纷排查) with findings, the older
 * resolved, some still open; and the culture and sports events of every year (the national days and others)
 * with registered demo people of the county taking part and others counted.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' cases stay what they are.
 */
public class DemoRights {

    public static final int FIRST_YEAR = 2021;

    /** What a petition is planned to show. */
    public enum PetitionOutcome {
        RECEIVED, RECEIVED_OVERDUE, REFUSED, ACCEPTED, ACCEPTED_OVERDUE, ANSWERED, REVIEW_REQUESTED, REVIEWED,
        CLOSED, CLOSED_AFTER_REVIEW
    }

    public record History(List<Petition> petitions, List<LegalMatter> legalMatters, List<DisputeRound> rounds,
                          List<CultureEvent> events) {
    }

    private static final String[] MATTERS = {
            "反映所在小区无障碍通道被占用，出行困难，请求协调整改。",
            "反映用人单位以残疾为由拒绝续签劳动合同，请求维护就业权益。",
            "咨询两项补贴停发原因，请求说明并恢复发放。",
            "反映子女入学受到拒绝，请求协调安排随班就读。",
            "反映村集体土地补偿款分配中残疾家庭未获应有份额。",
            "请求帮助协调公交车无障碍设施维修。"};
    private static final String[] CONSULTATIONS = {"咨询残疾人就业保障金及按比例就业政策。",
            "咨询赡养纠纷的法律途径。", "咨询工伤认定与劳动能力鉴定。", "咨询房屋租赁合同纠纷。"};
    private static final String[] AID = {"劳动报酬争议，申请法律援助代理仲裁。", "人身损害赔偿纠纷，申请法律援助代理诉讼。",
            "赡养费纠纷，申请法律援助代理诉讼。"};
    private static final String[] FINDINGS = {"家庭成员间因照护责任分担发生争执。", "邻里因通道占用发生矛盾。",
            "宅基地界址争议。", "对补贴停发有异议，情绪激动。", "与用人单位就工资支付存在争议。"};
    private static final DisputeKind[] FINDING_KINDS = {DisputeKind.FAMILY, DisputeKind.NEIGHBOURHOOD,
            DisputeKind.PROPERTY, DisputeKind.BENEFIT, DisputeKind.LABOUR};

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;

    /** @param settings the dated petition deadlines ({@link #settingKeys()}), by key */
    public DemoRights(long seed, LocalDate today, Map<String, List<PolicySetting>> settings, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0x41_6875L);
        this.today = today;
        this.settings = settings;
        this.staff = staff;
    }

    public static List<String> settingKeys() {
        return List.of(PetitionDeadlines.ACCEPT_DAYS, PetitionDeadlines.ANSWER_DAYS, PetitionDeadlines.EXTENSION_MAX_DAYS,
                PetitionDeadlines.REVIEW_REQUEST_DAYS, PetitionDeadlines.REVIEW_DECISION_DAYS,
                PetitionDeadlines.WORKING_DAYS, PetitionDeadlines.REMINDER_DAYS);
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        for (DemoDataGenerator.DemoPerson d : people) {
            byCounty.computeIfAbsent(d.person().division().county().value(), k -> new ArrayList<>()).add(d);
        }
        History h = new History(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<String, List<DemoDataGenerator.DemoPerson>> county : byCounty.entrySet()) {
            if (county.getValue().isEmpty()) {
                continue;
            }
            List<DemoDataGenerator.DemoPerson> pool = new ArrayList<>(county.getValue());
            Collections.shuffle(pool, random);
            petitions(county.getKey(), pool, h.petitions());
            legalMatters(pool, h.legalMatters());
            rounds(county.getKey(), pool, h.rounds());
            events(county.getKey(), pool, h.events());
        }
        return new History(List.copyOf(h.petitions()), List.copyOf(h.legalMatters()), List.copyOf(h.rounds()),
                List.copyOf(h.events()));
    }

    /** The first day a petition can be planned: the first day the dated deadlines are in force. */
    LocalDate firstPetitionDay() {
        return settings.getOrDefault(PetitionDeadlines.ACCEPT_DAYS, List.of()).stream().map(PolicySetting::validFrom)
                .min(LocalDate::compareTo).orElseThrow(() -> new IllegalStateException("no petition deadlines"));
    }

    private void petitions(String county, List<DemoDataGenerator.DemoPerson> pool, List<Petition> out) {
        String actor = districtStaff(county);
        // one of each state to see, the open ones recent (or overdue on purpose)
        for (PetitionOutcome o : PetitionOutcome.values()) {
            LocalDate received = switch (o) {
                case RECEIVED -> today.minusDays(random.nextInt(5));
                case RECEIVED_OVERDUE -> today.minusDays(40 + random.nextInt(20));
                case ACCEPTED -> today.minusDays(10 + random.nextInt(20));
                case ACCEPTED_OVERDUE -> today.minusDays(120 + random.nextInt(40));
                case ANSWERED -> today.minusDays(70 + random.nextInt(10));
                case REVIEWED -> today.minusDays(110 + random.nextInt(10));
                case REVIEW_REQUESTED -> today.minusDays(100 + random.nextInt(10));
                default -> between(today.minusDays(300), today.minusDays(150));
            };
            out.add(petition(living(pool, received), received, o, actor));
        }
        // the years since the deadlines: most closed, a few not accepted
        LocalDate from = firstPetitionDay();
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today.minusDays(200) : LocalDate.of(year, 12, 31);
            for (int i = 0; i < 3 && !last.isBefore(first); i++) {
                double r = random.nextDouble();
                PetitionOutcome o = r < 0.15 ? PetitionOutcome.REFUSED
                        : r < 0.3 ? PetitionOutcome.CLOSED_AFTER_REVIEW : PetitionOutcome.CLOSED;
                LocalDate received = between(first, last);
                out.add(petition(living(pool, received), received, o, actor));
            }
        }
    }

    private Petition petition(DemoDataGenerator.DemoPerson d, LocalDate received, PetitionOutcome o, String actor) {
        PetitionDeadlines dl = PetitionDeadlines.inForceOn(received, this::valueOn);
        PetitionChannel channel = PetitionChannel.values()[random.nextInt(PetitionChannel.values().length)];
        Petition p = new Petition(channel, d.person().name(), contact(d), d.person().idNumber(), d.person().id(),
                MATTERS[random.nextInt(MATTERS.length)], d.person().division(), received, dl, actor, today);
        if (o == PetitionOutcome.RECEIVED || o == PetitionOutcome.RECEIVED_OVERDUE) {
            return p;
        }
        LocalDate day = upTo(received.plusDays(1 + random.nextInt(5)));
        if (o == PetitionOutcome.REFUSED) {
            p.refuse(day, "不属于残联职责范围，已告知向有权处理的机关提出。", actor, today);
            return p;
        }
        p.accept(day, dl, actor, today);
        if (o == PetitionOutcome.ACCEPTED || o == PetitionOutcome.ACCEPTED_OVERDUE) {
            return p;
        }
        day = upTo(min(day.plusDays(10 + random.nextInt(30)), p.answerBy()));
        p.answer(day, "经调查核实，已协调有关部门处理，并将处理结果书面答复信访人。", dl, actor, today);
        if (o == PetitionOutcome.ANSWERED) {
            return p;
        }
        if (o == PetitionOutcome.CLOSED) {
            p.close(upTo(day.plusDays(3 + random.nextInt(10))), satisfaction(), actor, today);
            return p;
        }
        day = upTo(min(day.plusDays(5 + random.nextInt(10)), p.reviewRequestBy()));
        p.requestReview(day, "信访人对答复意见不服，请求复查。", dl, actor, today);
        if (o == PetitionOutcome.REVIEW_REQUESTED) {
            return p;
        }
        day = upTo(min(day.plusDays(5 + random.nextInt(15)), p.reviewBy()));
        p.decideReview(day, "复查维持原答复意见，并做好解释工作。", actor, today);
        if (o == PetitionOutcome.CLOSED_AFTER_REVIEW) {
            p.close(upTo(day.plusDays(3 + random.nextInt(10))), satisfaction(), actor, today);
        }
        return p;
    }

    private Satisfaction satisfaction() {
        double r = random.nextDouble();
        return r < 0.7 ? Satisfaction.SATISFIED : r < 0.9 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
    }

    private void legalMatters(List<DemoDataGenerator.DemoPerson> pool, List<LegalMatter> out) {
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            for (int i = 0; i < 4; i++) {
                out.add(matter(pool, LegalMatterKind.CONSULTATION, between(first, last),
                        CONSULTATIONS[random.nextInt(CONSULTATIONS.length)]));
            }
            for (int i = 0; i < 2; i++) {
                out.add(matter(pool, LegalMatterKind.LEGAL_AID, between(first, last), AID[random.nextInt(AID.length)]));
            }
        }
    }

    /** Concluded with one of its kind's outcomes, unless opened in the last weeks (a legal-aid case takes months). */
    private LegalMatter matter(List<DemoDataGenerator.DemoPerson> pool, LegalMatterKind kind, LocalDate opened,
                               String matter) {
        DemoDataGenerator.DemoPerson d = living(pool, opened);
        LegalMatter m = new LegalMatter(kind, d.person().name(), contact(d), d.person().idNumber(), d.person().id(),
                matter, d.person().division(), opened, today);
        LocalDate concluded = kind == LegalMatterKind.CONSULTATION ? opened.plusDays(random.nextInt(3))
                : opened.plusDays(60 + random.nextInt(120));
        if (!concluded.isAfter(today)) {
            List<LegalOutcome> outcomes = List.copyOf(kind.outcomes());
            LegalOutcome outcome = outcomes.get(random.nextInt(outcomes.size()));
            m.conclude(concluded, outcome, null, today);
        }
        return m;
    }

    private void rounds(String county, List<DemoDataGenerator.DemoPerson> pool, List<DisputeRound> out) {
        String countyName = DemoInstitutions.COUNTIES.getOrDefault(county, county);
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            for (LocalDate screened : List.of(LocalDate.of(year, 6, 15), LocalDate.of(year, 11, 15))) {
                if (screened.isAfter(today)) {
                    continue;
                }
                DemoDataGenerator.DemoPerson where = pool.get(random.nextInt(pool.size()));
                DisputeRound r = new DisputeRound(screened, DivisionCode.of(where.person().division().value()
                        .substring(0, 9)), countyName + "残联维权干部、乡镇（街道）残联专职委员",
                        "定期矛盾纠纷排查", districtStaff(county), today);
                int findings = 1 + random.nextInt(3);
                for (int i = 0; i < findings; i++) {
                    int k = random.nextInt(FINDINGS.length);
                    DemoDataGenerator.DemoPerson d = living(pool, screened);
                    DisputeFinding f = r.find(FINDING_KINDS[k], FINDINGS[k], d.person().id(),
                            d.household() == null ? null : d.household().id());
                    LocalDate resolved = screened.plusDays(7 + random.nextInt(60));
                    // most resolved; the last round's and a few older ones still open
                    if (resolved.isBefore(today) && random.nextDouble() < 0.85) {
                        f.resolve(resolved, "经入户走访、调解，双方达成一致，矛盾化解。", today);
                    }
                }
                out.add(r);
            }
        }
    }

    private void events(String county, List<DemoDataGenerator.DemoPerson> pool, List<CultureEvent> out) {
        String countyName = DemoInstitutions.COUNTIES.getOrDefault(county, county);
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            Map<CultureEventKind, LocalDate> days = new LinkedHashMap<>();
            days.put(CultureEventKind.EAR_DAY, LocalDate.of(year, 3, 3));
            // 全国助残日: the third Sunday of May
            LocalDate may = LocalDate.of(year, 5, 1);
            days.put(CultureEventKind.HELP_DAY, may.plusDays((7 - may.getDayOfWeek().getValue()) % 7 + 14));
            days.put(CultureEventKind.EYE_DAY, LocalDate.of(year, 6, 6));
            days.put(CultureEventKind.FITNESS, LocalDate.of(year, 8, 8));
            days.put(CultureEventKind.READING, LocalDate.of(year, 4, 23));
            days.put(CultureEventKind.INTERNATIONAL_DAY, LocalDate.of(year, 12, 3));
            for (Map.Entry<CultureEventKind, LocalDate> e : days.entrySet()) {
                if (e.getValue().isAfter(today)) {
                    continue;
                }
                Set<Long> participants = new LinkedHashSet<>();
                DemoDataGenerator.DemoPerson host = null;
                int wanted = 3 + random.nextInt(8);
                for (int tries = 0; tries < wanted * 3 && participants.size() < wanted; tries++) {
                    DemoDataGenerator.DemoPerson d = pool.get(random.nextInt(pool.size()));
                    // only the registered living (a person's id is known once written; the planner's tests have none)
                    if (d.person().id() != null
                            && (d.person().deathDate() == null || d.person().deathDate().isAfter(e.getValue()))) {
                        participants.add(d.person().id());
                        host = host == null ? d : host;
                    }
                }
                String township = (host == null ? pool.get(0) : host).person().division().value().substring(0, 9);
                out.add(new CultureEvent(e.getKey(), year + "年" + countyName + e.getKey().chineseName() + "活动",
                        countyName + "残疾人联合会", countyName + "文化活动中心", e.getValue(),
                        DivisionCode.of(township), participants,
                        20 + random.nextInt(180), today));
            }
        }
    }

    /** Somebody of the county alive on {@code day} (a dead person brings no petition). */
    private DemoDataGenerator.DemoPerson living(List<DemoDataGenerator.DemoPerson> pool, LocalDate day) {
        for (int tries = 0; tries < 50; tries++) {
            DemoDataGenerator.DemoPerson d = pool.get(random.nextInt(pool.size()));
            if (d.person().deathDate() == null || d.person().deathDate().isAfter(day)) {
                return d;
            }
        }
        return pool.stream().filter(d -> d.person().deathDate() == null).findFirst().orElse(pool.get(0));
    }

    private String contact(DemoDataGenerator.DemoPerson d) {
        String phone = d.person().phone();
        return phone == null || phone.isBlank() ? String.format("0971-%07d", random.nextInt(10_000_000)) : phone;
    }

    private String districtStaff(String county) {
        return staff.stream().filter(u -> u.role() == StaffRole.DISTRICT_STAFF && u.jurisdiction().value().equals(county))
                .map(StaffUser::username).findFirst().orElse("dpf-" + county);
    }

    private String valueOn(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value).orElse(null);
    }

    /** A step's day, never after today (a step cannot be recorded in the future). */
    private LocalDate upTo(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** Whether a petition is open and past the deadline its division runs against. */
    static boolean overdue(Petition p, LocalDate today) {
        return p.state().isOpen() && p.isOverdueOn(today);
    }

    static boolean closedWithSatisfaction(Petition p) {
        return p.state() == PetitionState.CLOSED && p.satisfaction() != null;
    }
}
