package cn.xndpf.domain.employment;

/** A declared employee's verification (年审结果). */
public enum VerificationOutcome {
    /** Declared, not yet verified. */
    PENDING,
    RECOGNISED,
    NOT_RECOGNISED,
    /** Declared by another employer for the same year: counts for neither until staff decide (待核定). */
    DUPLICATE
}
