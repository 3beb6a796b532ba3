package cn.xndpf.application.demo;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.rehabilitation.AssistiveDevice;
import cn.xndpf.domain.rehabilitation.DeviceCase;
import cn.xndpf.domain.rehabilitation.DeviceRules;
import cn.xndpf.domain.rehabilitation.SupplyKind;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's assistive-device cases (辅助器具演示办件) since 2021: in every county a case in each state the
 * device workflow has (applied and waiting for the township's first review, waiting for the district's fitting
 * assessment, assessed and waiting for its item, given and fitted, given and not yet fitted, lent and out,
 * lent and returned, refused at the assessment), then cases drawn among the county's holders of a physical or
 * hearing disability certificate, each judged by {@link DeviceRules} on the day it was applied for. Items come
 * from the county's service point: an issue or loan is planned only where the point's stock, as the history's
 * issues, loans and returns leave it on every day from then on, stays at zero or above; a case that finds none
 * is not planned (the point would have said so), except one just assessed, which waits. So the stock the desk
 * shows is the first start's stock less the items issued and lent plus those returned.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' cases stay what they are.
 */
public class DemoDevices {

    /** What the demo shows of a case. */
    public enum Outcome {
        SUBMITTED, FIRST_REVIEWED, ASSESSED, GIVEN, GIVEN_NOT_FITTED, LENT, RETURNED, REFUSED
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    static final String RETURNED_REASON = "归还借用的辅助器具";
    private static final String[] REFUSE_REASONS = {"适配评估：现有辅助器具可满足需要，暂不适配",
            "适配评估：身体状况暂不适宜使用该器具"};
    /** Of the county's holders who could use a device, the share that applied for one over the history. */
    private static final double APPLIES = 0.08;

    /** Planned first in every county, so that each state is there to see. */
    private static final List<Outcome> SHOWCASE = List.of(Outcome.SUBMITTED, Outcome.FIRST_REVIEWED,
            Outcome.ASSESSED, Outcome.GIVEN, Outcome.GIVEN_NOT_FITTED, Outcome.LENT, Outcome.RETURNED,
            Outcome.REFUSED);

    /** A case to create: its device, its steps (issue or loan as the PLACE step), fitting and return days. */
    public record Plan(DemoDataGenerator.DemoPerson person, AssistiveDevice device, Outcome outcome,
                       LocalDate appliedOn, String applicantActor, ReviewPlan reviewPlan,
                       List<DemoCareCases.Step> steps, LocalDate fittedOn, LocalDate returnedOn) {

        public String county() {
            return person.person().division().county().value();
        }

        /** The day the item was issued or lent; null when it was not. */
        public LocalDate issuedOn() {
            return steps.stream().filter(s -> s.kind() == DemoCareCases.Step.Kind.PLACE)
                    .map(DemoCareCases.Step::day).findFirst().orElse(null);
        }

        /** The case built by the domain's own steps, its item issued from {@code point}. */
        public DemoRehabilitation.Built build(Program program, Person managed, AssistiveDevice managedDevice,
                                              Institution point) {
            DeviceCase c = new DeviceCase(program, managed, managedDevice, appliedOn, applicantActor);
            List<java.time.Instant> times = DemoRehabilitation.replay(c, appliedOn, reviewPlan, steps,
                    day -> c.issuedFrom(point, day));
            if (fittedOn != null) {
                c.fittedOn(fittedOn);
            }
            if (returnedOn != null) {
                c.returnedOn(returnedOn);
            }
            return new DemoRehabilitation.Built(c, times);
        }
    }

    private final Random random;
    private final LocalDate today;
    private final List<ReviewStage> stages;
    private final List<AssistiveDevice> catalogue;
    private final Map<String, Map<String, Integer>> firstStock;
    private final DemoActors actors;
    /** Stock movements planned so far, by county and device code: day, change. */
    private final Map<String, List<long[]>> movements = new HashMap<>();

    /**
     * @param stages     the device program's review chain rows, as stored
     * @param catalogue  the catalogue in force
     * @param firstStock each county's service point's stock before the history, by device code
     */
    public DemoDevices(long seed, LocalDate today, List<ReviewStage> stages, List<AssistiveDevice> catalogue,
                       Map<String, Map<String, Integer>> firstStock, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0xDE_71CEL);
        this.today = today;
        this.stages = stages;
        this.catalogue = catalogue;
        this.firstStock = firstStock;
        this.actors = new DemoActors(staff);
    }

    public List<Plan> plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            byCounty.put(county, new ArrayList<>());
        }
        for (DemoDataGenerator.DemoPerson d : people) {
            if (!d.certificates().isEmpty() && !d.person().isDeceased() && !devicesFor(d).isEmpty()) {
                byCounty.computeIfAbsent(d.person().division().county().value(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (List<DemoDataGenerator.DemoPerson> county : byCounty.values()) {
            Collections.shuffle(county, random);
            List<DemoDataGenerator.DemoPerson> rest = new ArrayList<>(county);
            for (Outcome slot : SHOWCASE) {
                showcase(slot, rest).ifPresent(plans::add);
            }
            for (DemoDataGenerator.DemoPerson d : rest) {
                if (random.nextDouble() < APPLIES) {
                    drawn(d).ifPresent(plans::add);
                }
            }
        }
        return plans;
    }

    /** The stock change the plans make at each county's service point, by county and device code. */
    public static Map<String, Map<String, Integer>> stockChanges(List<Plan> plans) {
        Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
        for (Plan p : plans) {
            int change = (p.issuedOn() == null ? 0 : -1) + (p.returnedOn() == null ? 0 : 1);
            changes.computeIfAbsent(p.county(), k -> new LinkedHashMap<>()).merge(p.device().code(), change,
                    Integer::sum);
        }
        return changes;
    }

    private Optional<Plan> showcase(Outcome slot, List<DemoDataGenerator.DemoPerson> rest) {
        List<DemoDataGenerator.DemoPerson> order = new ArrayList<>(rest);
        if (slot == Outcome.SUBMITTED) {
            // the county's first township (东关街道 in 城东区) is where a demo clerk works
            order.sort(Comparator.comparing(d -> !d.person().division().value()
                    .startsWith(d.person().division().county().value() + "001")));
        }
        for (DemoDataGenerator.DemoPerson d : order.subList(0, Math.min(order.size(), 20))) {
            Optional<Plan> planned = plan(d, slot, true);
            if (planned.isPresent()) {
                rest.remove(d);
                return planned;
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> drawn(DemoDataGenerator.DemoPerson d) {
        double r = random.nextDouble();
        Outcome o = r < 0.03 ? Outcome.SUBMITTED : r < 0.06 ? Outcome.FIRST_REVIEWED : r < 0.09 ? Outcome.ASSESSED
                : r < 0.17 ? Outcome.REFUSED : r < 0.60 ? Outcome.GIVEN : r < 0.80 ? Outcome.RETURNED : Outcome.LENT;
        return plan(d, o, false);
    }

    private Optional<Plan> plan(DemoDataGenerator.DemoPerson d, Outcome slot, boolean showcase) {
        List<AssistiveDevice> usable = devicesFor(d);
        if (slot == Outcome.LENT || slot == Outcome.RETURNED) {
            usable = usable.stream().filter(x -> x.supply() == SupplyKind.LENT).toList();
        } else if (slot == Outcome.GIVEN || slot == Outcome.GIVEN_NOT_FITTED) {
            usable = usable.stream().filter(x -> x.supply() == SupplyKind.GIVEN).toList();
        }
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        AssistiveDevice device = usable.get(random.nextInt(usable.size()));
        LocalDate applied = switch (slot) {
            case SUBMITTED -> today.minusDays(random.nextInt(7));
            case FIRST_REVIEWED -> today.minusDays(12 + random.nextInt(6));
            case ASSESSED -> today.minusDays(25 + random.nextInt(10));
            case GIVEN_NOT_FITTED -> today.minusDays(32 + random.nextInt(4));
            case LENT -> between(showcase ? today.minusDays(400) : FIRST_DAY, today.minusDays(40));
            default -> between(FIRST_DAY, today.minusDays(showcase ? 150 : 40));
        };
        if (applied.isBefore(FIRST_DAY) || applied.isBefore(d.certificates().get(0).issuedOn())
                || !DeviceRules.applicationRefusals(d.person(), DemoSubsidyCases.validOn(d, applied), device, false,
                applied).isEmpty()) {
            return Optional.empty();
        }
        ReviewPlan rp = ReviewPlan.inForce(stages, applied);
        List<ReviewPlan.Step> levels = rp.steps();
        List<DemoCareCases.Step> steps = new ArrayList<>();
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, actors.townshipClerk(d), null));
        if (slot == Outcome.SUBMITTED) {
            return Optional.of(plan(d, device, slot, applied, rp, steps, null, null));
        }
        LocalDate day = applied;
        for (int i = 0; i < levels.size(); i++) {
            ReviewPlan.Step level = levels.get(i);
            day = day.plusDays(1 + random.nextInt(Math.max(1, Math.min(level.deadlineDays(), 8) - 1)));
            boolean last = i == levels.size() - 1;
            if (slot == Outcome.FIRST_REVIEWED && last) {
                return Optional.of(plan(d, device, slot, applied, rp, steps, null, null));
            }
            boolean refuse = slot == Outcome.REFUSED && last;
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(),
                    refuse ? ReviewDecision.REJECT : ReviewDecision.APPROVE, actors.reviewer(d, level),
                    refuse ? REFUSE_REASONS[random.nextInt(REFUSE_REASONS.length)] : null));
        }
        if (!day.isBefore(today)) {
            return Optional.empty();
        }
        if (slot == Outcome.REFUSED || slot == Outcome.ASSESSED) {
            return Optional.of(plan(d, device, slot, applied, rp, steps, null, null));
        }
        LocalDate issued = day.plusDays(2 + random.nextInt(10));
        LocalDate returned = slot == Outcome.RETURNED ? issued.plusDays(60 + random.nextInt(300)) : null;
        if (!issued.isBefore(today) || returned != null && !returned.isBefore(today)) {
            return Optional.empty();
        }
        if (!takeFromStock(d.person().division().county().value(), device.code(), issued, returned)) {
            // none on hand then: the point would have said so; one just assessed waits for the next delivery
            return issued.isAfter(today.minusDays(30))
                    ? Optional.of(plan(d, device, Outcome.ASSESSED, applied, rp, steps, null, null))
                    : Optional.empty();
        }
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.PLACE, issued, null, null, actors.districtStaff(d), null));
        LocalDate fitted = slot == Outcome.GIVEN_NOT_FITTED ? null : issued.plusDays(1 + random.nextInt(7));
        if (fitted != null && (!fitted.isBefore(today) || returned != null && fitted.isAfter(returned))) {
            fitted = null;
        }
        if (returned != null) {
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.TERMINATE, returned, null, null, actors.districtStaff(d),
                    RETURNED_REASON));
        }
        Outcome outcome = slot == Outcome.GIVEN && fitted == null ? Outcome.GIVEN_NOT_FITTED : slot;
        return Optional.of(plan(d, device, outcome, applied, rp, steps, fitted, returned));
    }

    private Plan plan(DemoDataGenerator.DemoPerson d, AssistiveDevice device, Outcome outcome, LocalDate applied,
                      ReviewPlan rp, List<DemoCareCases.Step> steps, LocalDate fitted, LocalDate returned) {
        return new Plan(d, device, outcome, applied, actors.townshipClerk(d), rp, List.copyOf(steps), fitted, returned);
    }

    /**
     * Takes one item out on {@code issued} (back on {@code returned}, if lent and returned) when the stock stays
     * at zero or above on every day from then on, with every movement already planned; else changes nothing.
     */
    private boolean takeFromStock(String county, String code, LocalDate issued, LocalDate returned) {
        List<long[]> planned = movements.computeIfAbsent(county + "/" + code, k -> new ArrayList<>());
        List<long[]> tried = new ArrayList<>(planned);
        tried.add(new long[]{issued.toEpochDay(), -1});
        if (returned != null) {
            tried.add(new long[]{returned.toEpochDay(), 1});
        }
        // on one day, items go out before any comes back: the count never relies on a same-day return
        tried.sort(Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1]));
        long onHand = firstStock.getOrDefault(county, Map.of()).getOrDefault(code, 0);
        for (long[] m : tried) {
            onHand += m[1];
            if (onHand < 0) {
                return false;
            }
        }
        planned.clear();
        planned.addAll(tried);
        return true;
    }

    /** Wheelchairs, crutches, walking frames and nursing beds for a physical disability; hearing aids for hearing. */
    private List<AssistiveDevice> devicesFor(DemoDataGenerator.DemoPerson d) {
        DisabilityCategory c = d.certificates().get(0).category();
        return catalogue.stream().filter(x -> c == DisabilityCategory.HEARING ? x.code().startsWith("HA")
                : c == DisabilityCategory.PHYSICAL && !x.code().startsWith("HA")).toList();
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
