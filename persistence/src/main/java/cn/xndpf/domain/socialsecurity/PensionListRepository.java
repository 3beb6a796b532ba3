package cn.xndpf.domain.socialsecurity;

import cn.xndpf.domain.division.DivisionCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The yearly pension contribution lists (养老保险代缴名单) and the partner's answers. */
public interface PensionListRepository {

    /** A registered person who might be listed: living on the day, with a current certificate valid then. */
    record Candidate(long personId, LocalDate birthDate, String divisionCode, int level) {
    }

    /** A listed person with the partner's answer (nulls until answered). */
    record Line(int year, long personId, String name, String idNumber, String divisionCode, int level,
                BigDecimal governmentShare, LocalDate compiledOn, Boolean pensionInsured, Boolean medicalInsured,
                Boolean medicalAssistance) {
    }

    List<Candidate> candidates(DivisionCode jurisdiction, LocalDate day);

    /** The people of the jurisdiction already on the year's list. */
    Set<Long> listed(DivisionCode jurisdiction, int year);

    void add(int year, Candidate candidate, BigDecimal share, LocalDate on, String by);

    /** A partner's answer for a person and year. */
    record Answer(boolean pensionInsured, Boolean medicalInsured, Boolean medicalAssistance) {
    }

    java.util.Optional<Answer> answerOf(int year, long personId);

    /** Stores the answer, replacing an earlier one of the person and year. */
    void storeAnswer(int year, long personId, Answer answer, String by, java.time.Instant at);

    /** The year's lines of the jurisdiction, by division and person. */
    List<Line> lines(DivisionCode jurisdiction, int year);

    /** A person's lines of every year, the latest year first, with the partner's answers. */
    List<Line> linesOf(long personId);
}
