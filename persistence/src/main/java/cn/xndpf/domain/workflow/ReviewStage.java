package cn.xndpf.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One review level a program requires, with its deadline in days, in force from a date. A case is
 * reviewed by the stages in force on the day it was submitted, so a change of set-up never strands
 * cases already under review.
 */
@Entity
@Table(name = "program_review_stage")
public class ReviewStage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_code", nullable = false)
    private String programCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_level", nullable = false)
    private ReviewLevel level;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    protected ReviewStage() {
    }

    public ReviewStage(String programCode, ReviewLevel level, int deadlineDays, LocalDate validFrom) {
        this.programCode = programCode;
        this.level = level;
        this.deadlineDays = deadlineDays;
        this.validFrom = validFrom;
    }

    public String programCode() {
        return programCode;
    }

    public ReviewLevel level() {
        return level;
    }

    public int deadlineDays() {
        return deadlineDays;
    }

    public LocalDate validFrom() {
        return validFrom;
    }
}
