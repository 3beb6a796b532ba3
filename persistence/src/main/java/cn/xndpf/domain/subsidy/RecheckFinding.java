package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 年度核查发现: a running subsidy case whose basis changed by a check date (household left 低保, level
 * changed, certificate cancelled, death, moved out, overlapping benefit). A case has at most one finding
 * per check date: a re-run of the same date revises an open finding and leaves a resolved one as it was
 * decided. Staff resolve it by acting on the case (suspend, terminate, reinstate, change the level) or by
 * dismissing it, always saying why.
 */
@Entity
@Table(name = "subsidy_recheck_finding")
public class RecheckFinding {

    /** Longest reason text and note kept, in characters (the columns hold three bytes a character). */
    public static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private SubsidyCase subsidyCase;

    // The case's division, as text so that jurisdiction queries can match a code prefix with LIKE.
    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Column(name = "check_date", nullable = false, updatable = false)
    private LocalDate checkDate;

    /** The reasons as keys and arguments (see {@link RecheckReason}). */
    @Column(name = "reasons", nullable = false)
    private String reasons;

    /** The reasons in Chinese as they read on the check date, for exports and the archive. */
    @Column(name = "reason_text", nullable = false)
    private String reasonText;

    @Column(name = "case_level", nullable = false)
    private DisabilityLevel caseLevel;

    /** The level of the valid certificate on the check date; null when there was none. */
    @Column(name = "certificate_level")
    private DisabilityLevel certificateLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RecheckFindingStatus status;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    /** The batch job execution that found it last. */
    @Column(name = "job_execution")
    private Long jobExecution;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution")
    private RecheckResolution resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Version
    private int version;

    protected RecheckFinding() {
    }

    public RecheckFinding(SubsidyCase subsidyCase, LocalDate checkDate, List<RecheckReason> reasons,
                          DisabilityLevel certificateLevel, Long jobExecution) {
        this.subsidyCase = subsidyCase;
        this.division = subsidyCase.division().value();
        this.checkDate = checkDate;
        this.status = RecheckFindingStatus.OPEN;
        revise(reasons, certificateLevel, jobExecution);
    }

    /** A re-run of the same check date found the case again: the reasons are replaced, not added. */
    public void revise(List<RecheckReason> newReasons, DisabilityLevel newCertificateLevel, Long execution) {
        requireOpen();
        if (newReasons == null || newReasons.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one reason");
        }
        this.reasons = RecheckReason.encode(newReasons);
        this.reasonText = newReasons.stream().map(r -> r.message(Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining("；"));
        if (reasonText.length() > MAX_TEXT) {
            reasonText = reasonText.substring(0, MAX_TEXT - 1) + "…";
        }
        this.caseLevel = subsidyCase.benefitLevel();
        this.certificateLevel = newCertificateLevel;
        this.jobExecution = execution;
        this.foundAt = Instant.now();
    }

    /** Closes the finding with what was done about it. */
    public void resolve(RecheckResolution how, String actor, String note) {
        requireOpen();
        if (how == null) {
            throw new InvalidValueException("resolution", "recheck.resolutionRequired");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidValueException("reason", "case.reasonRequired");
        }
        this.status = RecheckFindingStatus.RESOLVED;
        this.resolution = how;
        this.resolvedBy = actor;
        this.resolvedAt = Instant.now();
        String n = note.trim();
        if (n.length() > MAX_TEXT) {
            throw new InvalidValueException("reason", "recheck.noteTooLong", MAX_TEXT);
        }
        this.resolutionNote = n;
    }

    private void requireOpen() {
        if (status != null && status != RecheckFindingStatus.OPEN) {
            throw new InvalidValueException("finding", "recheck.alreadyResolved", resolution.chineseName());
        }
    }

    public boolean isOpen() {
        return status == RecheckFindingStatus.OPEN;
    }

    public boolean hasReason(String key) {
        return reasons().stream().anyMatch(r -> r.key().equals(key));
    }

    public Long id() {
        return id;
    }

    public SubsidyCase subsidyCase() {
        return subsidyCase;
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    public LocalDate checkDate() {
        return checkDate;
    }

    public List<RecheckReason> reasons() {
        return RecheckReason.decode(reasons);
    }

    public String reasonText() {
        return reasonText;
    }

    public DisabilityLevel caseLevel() {
        return caseLevel;
    }

    public DisabilityLevel certificateLevel() {
        return certificateLevel;
    }

    public RecheckFindingStatus status() {
        return status;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public Long jobExecution() {
        return jobExecution;
    }

    public RecheckResolution resolution() {
        return resolution;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolutionNote() {
        return resolutionNote;
    }

    public int version() {
        return version;
    }
}
