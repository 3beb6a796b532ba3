package cn.xndpf.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * 综述模板: the text that opens a program's section of the five-year review, in one language, with
 * placeholders for the published figures (see {@code V16__five_year_review_templates.sql} for their
 * syntax). Templates are data an administrator edits, so the federation words its own review.
 */
@Entity
@Table(name = "review_template")
public class ReviewTemplate {

    public static final int MAX_LENGTH = 4000;

    @Id
    private Long id;

    @Column(name = "program_code", nullable = false, updatable = false)
    private String programCode;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReviewTemplate() {
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
    }

    /** {@code zh} or {@code en}. */
    public String language() {
        return language;
    }

    public String body() {
        return body;
    }

    public int version() {
        return version;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void rewrite(String newBody, String by, Instant at) {
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
