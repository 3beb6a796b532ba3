package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;

import java.time.LocalDate;
import java.util.List;

public interface SubsidyRepository {

    List<SubsidyRate> rates(SubsidyType type);

    /** The subsidy cases of {@code caseIds} with their holders, in one query (a roll's chunk of cases). */
    List<SubsidyCase> withHolders(java.util.Collection<Long> caseIds);

    void store(SubsidyRate rate);

    List<OverlappingBenefit> overlappingBenefits(Person person);

    /** The overlapping benefits of these people, in one query. At most 1,000 people. */
    List<OverlappingBenefit> overlappingBenefits(java.util.Collection<Person> people);

    /** The open subsidy cases (not rejected or terminated) of these people, of both subsidies, in one query. */
    List<SubsidyCase> openCases(java.util.Collection<Person> people);

    void store(OverlappingBenefit benefit);

    /** Open (not rejected or terminated) cases of one subsidy for a person. */
    List<SubsidyCase> openCases(Person person, SubsidyType type);

    /** Cases paid in a month within a division: active or suspended, started by then, not ended before it. */
    List<SubsidyCase> casesToPay(DivisionCode division, LocalDate month);
}
