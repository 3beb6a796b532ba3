package cn.xndpf.web.person;

import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;

import java.io.Serializable;
import java.time.LocalDate;

/** What one certificate dialog (issue, re-assess, transfer, renew, cancel) collects; each uses some fields. */
public class CertificateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DisabilityCategory category;
    private DisabilityLevel level;
    private LocalDate date = PlatformClock.today();
    private String reason;
    private String targetDivision;
    private CancellationReason cancellationReason;
    private String note;

    public DisabilityCategory getCategory() {
        return category;
    }

    public void setCategory(DisabilityCategory category) {
        this.category = category;
    }

    public DisabilityLevel getLevel() {
        return level;
    }

    public void setLevel(DisabilityLevel level) {
        this.level = level;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTargetDivision() {
        return targetDivision;
    }

    public void setTargetDivision(String targetDivision) {
        this.targetDivision = targetDivision;
    }

    public CancellationReason getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(CancellationReason cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
