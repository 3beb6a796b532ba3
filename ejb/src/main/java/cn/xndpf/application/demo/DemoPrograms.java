package cn.xndpf.application.demo;

import cn.xndpf.application.care.CareService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo history of the programs delivered through institutions (演示历史：服务类项目), after the two
 * subsidies': the institutions of every county, then each program's cases and records since 2020 (care,
 * education, rehabilitation, assistive devices, employment and its services: one method each). Called once from
 * {@link DemoDataLoader}; each step is its own transaction in {@link DemoProgramWriter}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPrograms {

    private static final Logger LOG = Logger.getLogger(DemoPrograms.class.getName());
    private static final int CASE_CHUNK = 200;
    private static final int SERVICE_CHUNK = 20_000;
    private static final int ASSESSMENT_CHUNK = 300;

    @EJB
    private DemoProgramWriter writer;

    public void history(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                        Map<String, String> districtStaff) {
        long started = System.nanoTime();
        Map<String, Map<InstitutionKind, Long>> institutions = writer.writeInstitutions(DemoInstitutions.plan());
        care(seed, staff, people, institutions, districtStaff);
        education(seed, staff, people, institutions);
        rehabilitation(seed, staff, people, institutions, districtStaff);
        devices(seed, staff, people, institutions);
        DemoEmployment.History employers = employment(seed, staff, people);
        employmentServices(seed, staff, people, employers, institutions);
        rightsAndCulture(seed, staff, people);
        fuelSubsidy(seed, staff, people);
        // social security
        socialSecurity(seed, staff, people);
        // poverty
        poverty(seed, staff, people);
        // accessibility
        accessibility(seed, staff, people);
        LOG.info(() -> String.format("Demo history: institutions, care, education, rehabilitation, devices,"
                        + " employment and its services, rights and culture, poverty relief, accessibility written"
                        + " in %.1f s",
                (System.nanoTime() - started) / 1e9));
    }

    private void education(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                           Map<String, Map<InstitutionKind, Long>> institutions) {
        Map<String, Long> schools = new LinkedHashMap<>();
        institutions.forEach((county, byKind) -> schools.put(county, byKind.get(InstitutionKind.SPECIAL_SCHOOL)));
        Map<String, String> schoolNames = new LinkedHashMap<>();
        DemoInstitutions.plan().stream().filter(p -> p.kind() == InstitutionKind.SPECIAL_SCHOOL)
                .forEach(p -> schoolNames.put(p.county(), p.name()));
        DemoEducation planner = new DemoEducation(seed, PlatformClock.today(), writer.stages("EDUCATION_GRANT"),
                writer.settings(DemoEducation.settingKeys()), staff, schoolNames);
        DemoEducation.History h = planner.plan(people);
        for (int i = 0; i < h.grants().size(); i += CASE_CHUNK) {
            writer.writeGrantCases(h.grants().subList(i, Math.min(h.grants().size(), i + CASE_CHUNK)));
        }
        writer.writeEducationRecords(h, schools);
        LOG.info(() -> "Demo history: " + h.grants().size() + " education grants, " + h.reliefs().size()
                + " fee reliefs, " + h.plans().size() + " plan versions, " + h.reports().size() + " enrolment reports");
    }

    private void rehabilitation(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                                Map<String, Map<InstitutionKind, Long>> institutions, Map<String, String> districtStaff) {
        Map<String, Long> centres = new LinkedHashMap<>();
        institutions.forEach((county, byKind) -> centres.put(county, byKind.get(InstitutionKind.REHABILITATION)));
        DemoRehabilitation planner = new DemoRehabilitation(seed, PlatformClock.today(), writer.stages("REHABILITATION"),
                writer.stages("CHILD_REHABILITATION"), writer.settings(DemoRehabilitation.settingKeys()), staff);
        DemoRehabilitation.History h = planner.plan(people);
        int c = 0;
        for (int from = 0; from < h.assessments().size(); from += ASSESSMENT_CHUNK) {
            int to = Math.min(h.assessments().size(), from + ASSESSMENT_CHUNK);
            int first = c;
            while (c < h.cases().size() && h.cases().get(c).assessment() < to) {
                c++;
            }
            writer.writeRehabilitation(h.assessments().subList(from, to), from, h.cases().subList(first, c), centres);
        }
        for (int i = 0; i < h.aid().size(); i += CASE_CHUNK) {
            writer.writeChildAid(h.aid().subList(i, Math.min(h.aid().size(), i + CASE_CHUNK)));
        }
        writer.writeRehabilitationServices(h.cases(), centres, districtStaff);
        writer.recordRehabilitationHistory(h);
        LOG.info(() -> "Demo history: " + h.assessments().size() + " rehabilitation assessments, " + h.cases().size()
                + " basic-service cases, " + h.aid().size() + " children's aid cases");
    }

    private void devices(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                         Map<String, Map<InstitutionKind, Long>> institutions) {
        long started = System.nanoTime();
        Map<String, Long> points = new LinkedHashMap<>();
        institutions.forEach((county, byKind) -> points.put(county, byKind.get(InstitutionKind.REHABILITATION)));
        DemoDevices planner = new DemoDevices(seed, PlatformClock.today(), writer.stages("ASSISTIVE_DEVICE"),
                writer.deviceCatalogue(), writer.deviceStock(points), staff);
        List<DemoDevices.Plan> plans = planner.plan(people);
        for (int i = 0; i < plans.size(); i += CASE_CHUNK) {
            writer.writeDeviceCases(plans.subList(i, Math.min(plans.size(), i + CASE_CHUNK)), points);
        }
        writer.recordDeviceHistory(plans, points);
        LOG.info(() -> String.format("Demo history: %d assistive-device cases in %.1f s", plans.size(),
                (System.nanoTime() - started) / 1e9));
    }

    private DemoEmployment.History employment(long seed, List<StaffUser> staff,
                                              List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        DemoEmployment planner = new DemoEmployment(seed, PlatformClock.today(),
                writer.settings(DemoEmployment.settingKeys()), staff);
        DemoEmployment.History h = planner.plan(people);
        writer.writeEmployment(h);
        LOG.info(() -> String.format("Demo history: %d employers, %d declarations in %.1f s", h.employers().size(),
                h.declarations().size(), (System.nanoTime() - started) / 1e9));
        return h;
    }

    // employment services: training, fairs, placements, sheltered employment, bases (DemoEmploymentServices)
    private void employmentServices(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                                    DemoEmployment.History employment,
                                    Map<String, Map<InstitutionKind, Long>> institutions) {
        long started = System.nanoTime();
        Map<String, Long> sheltered = new LinkedHashMap<>();
        institutions.forEach((county, byKind) -> sheltered.put(county,
                byKind.get(InstitutionKind.SHELTERED_EMPLOYMENT)));
        DemoEmploymentServices.History h = new DemoEmploymentServices(seed, PlatformClock.today(),
                writer.settings(DemoEmploymentServices.settingKeys()), staff).plan(people, employment.employers());
        writer.writeEmploymentServices(h, employment.employers(), sheltered);
        LOG.info(() -> String.format("Demo history: %d training courses, %d job fairs, %d placements, %d sheltered"
                        + " workers with %d monthly subsidies, %d employment bases in %.1f s", h.courses().size(),
                h.fairs().size(), h.placements().size(), h.workers().size(), h.subsidies().size(), h.bases().size(),
                (System.nanoTime() - started) / 1e9));
    }

    private void rightsAndCulture(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        DemoRights.History h = new DemoRights(seed, PlatformClock.today(), writer.settings(DemoRights.settingKeys()),
                staff).plan(people);
        writer.writeRightsAndCulture(h);
        LOG.info(() -> String.format("Demo history: %d petitions, %d legal matters, %d dispute rounds, %d culture"
                        + " events in %.1f s", h.petitions().size(), h.legalMatters().size(), h.rounds().size(),
                h.events().size(), (System.nanoTime() - started) / 1e9));
    }

    private void fuelSubsidy(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        List<DemoFuelSubsidy.Plan> plans = new DemoFuelSubsidy(seed, PlatformClock.today(),
                writer.stages(cn.xndpf.application.rights.FuelSubsidyService.PROGRAM),
                writer.settings(DemoFuelSubsidy.settingKeys()), staff).plan(people);
        long paid = plans.stream().filter(p -> p.paidOn() != null).count();
        for (int i = 0; i < plans.size() || i == 0; i += CASE_CHUNK) {
            int to = Math.min(plans.size(), i + CASE_CHUNK);
            writer.writeFuelCases(plans.subList(i, to), to == plans.size(), plans.size(), paid);
        }
        LOG.info(() -> String.format("Demo history: %d fuel-subsidy cases (%d paid) in %.1f s", plans.size(), paid,
                (System.nanoTime() - started) / 1e9));
    }

    // social security: the yearly pension lists and the partner's answers since 2021 (DemoSocialSecurity)
    private void socialSecurity(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        List<DemoSocialSecurity.Line> lines = new DemoSocialSecurity(seed, PlatformClock.today(),
                writer.settings(DemoSocialSecurity.settingKeys()), staff).plan(people);
        writer.writeSocialSecurity(lines);
        LOG.info(() -> String.format("Demo history: %d pension list lines in %.1f s", lines.size(),
                (System.nanoTime() - started) / 1e9));
    }

    // poverty
    private void poverty(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        DemoPoverty.History h = new DemoPoverty(seed, PlatformClock.today(), staff).plan(people);
        writer.writePoverty(h);
        LOG.info(() -> String.format("Demo history: %d poor households, %d mutual-aid months in %.1f s",
                h.households().size(), h.payments().size(), (System.nanoTime() - started) / 1e9));
    }

    // accessibility
    private void accessibility(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people) {
        long started = System.nanoTime();
        DemoAccessibility.History h = new DemoAccessibility(seed, PlatformClock.today(),
                writer.stages(cn.xndpf.application.accessibility.HomeModificationService.PROGRAM),
                writer.settings(DemoAccessibility.settingKeys()), staff).plan(people);
        for (int i = 0; i < h.homes().size() || i == 0; i += CASE_CHUNK) {
            int to = Math.min(h.homes().size(), i + CASE_CHUNK);
            writer.writeHomeModifications(h.homes().subList(i, to), to == h.homes().size(), h.homes().size());
        }
        writer.writeFacilities(h.facilities());
        LOG.info(() -> String.format("Demo history: %d home modifications, %d facility entries in %.1f s",
                h.homes().size(), h.facilities().size(), (System.nanoTime() - started) / 1e9));
    }

    private void care(long seed, List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                      Map<String, Map<InstitutionKind, Long>> institutions, Map<String, String> districtStaff) {
        LocalDate today = PlatformClock.today();
        Map<String, Long> careInstitutions = new LinkedHashMap<>();
        institutions.forEach((county, byKind) -> careInstitutions.put(county, byKind.get(InstitutionKind.CARE)));
        Map<String, List<PolicySetting>> settings = writer.settings(DemoCareCases.settingKeys());
        DemoCareCases planner = new DemoCareCases(seed, today, writer.stages(CareService.PROGRAM), settings, staff);
        List<DemoCareCases.Plan> plans = planner.plan(people);
        List<Long> enrolments = new java.util.ArrayList<>();
        for (int i = 0; i < plans.size(); i += CASE_CHUNK) {
            enrolments.addAll(writer.writeCareCases(plans.subList(i, Math.min(plans.size(), i + CASE_CHUNK)),
                    careInstitutions));
        }
        List<DemoCareCases.Service> services = planner.services(plans);
        for (int i = 0; i < services.size(); i += SERVICE_CHUNK) {
            writer.writeCareServices(services.subList(i, Math.min(services.size(), i + SERVICE_CHUNK)), plans,
                    careInstitutions, districtStaff, settings);
        }
        List<DemoCareCases.Settlement> settlements = planner.settlements(plans, services);
        writer.writeCareSettlements(settlements, plans, enrolments, careInstitutions, districtStaff, today);
        writer.recordCareHistory(plans.size(), services.size(), settlements.size());
        LOG.info(() -> "Demo history: " + plans.size() + " care cases, " + services.size()
                + " real-name care records, " + settlements.size() + " monthly settlements");
    }
}
