package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.BooleanNumberConverter;
import cn.xndpf.domain.shared.DatedPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One stage of a program's review chain (审核环节), a dated row: its place in the chain, its code and
 * names, the staff role and the division level of the office that decides, and the deadline. A case is
 * reviewed by the stages in force on the day it was applied for, so changing the chain (a new set of rows
 * from a date, the old ones given an end) never strands cases already under review.
 */
@Entity
@Table(name = "review_chain_stage")
public class ReviewStage {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "program_code", nullable = false)
    private String programCode;

    @Column(name = "stage_order", nullable = false)
    private int stageOrder;

    @Column(name = "stage_code", nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    /** The staff role that decides at this stage (a {@code StaffRole} name). */
    @Column(name = "acting_role", nullable = false)
    private String role;

    /** The level of the deciding office: its staff's jurisdiction is a division of this level. */
    @Enumerated(EnumType.STRING)
    @Column(name = "division_level", nullable = false)
    private DivisionLevel divisionLevel;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    /** Whether the deadline counts working days (Monday to Friday) rather than calendar days. */
    @Convert(converter = BooleanNumberConverter.class)
    @Column(name = "working_days", nullable = false)
    private Boolean workingDays;

    @Embedded
    private DatedPeriod period;

    protected ReviewStage() {
    }

    public ReviewStage(long id, String programCode, int order, String code, String chineseName, String englishName,
                       String role, DivisionLevel divisionLevel, int deadlineDays, boolean workingDays,
                       DatedPeriod period) {
        this.id = id;
        this.programCode = programCode;
        this.stageOrder = order;
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.role = role;
        this.divisionLevel = divisionLevel;
        this.deadlineDays = deadlineDays;
        this.workingDays = workingDays;
        this.period = period;
    }

    public String programCode() {
        return programCode;
    }

    public int order() {
        return stageOrder;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public String role() {
        return role;
    }

    public DivisionLevel divisionLevel() {
        return divisionLevel;
    }

    public int deadlineDays() {
        return deadlineDays;
    }

    public boolean workingDays() {
        return Boolean.TRUE.equals(workingDays);
    }

    public DatedPeriod period() {
        return period;
    }

    public boolean isInForceOn(LocalDate day) {
        return period.isInForceOn(day);
    }
}
