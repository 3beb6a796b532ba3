package cn.xndpf.application.person;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a death report did: recorded now, or already on record with the same date (a partner's retry
 * changes nothing); whether a valid certificate was cancelled by it.
 */
public record DeathRecordOutcome(Result result, LocalDate dateOfDeath, boolean certificateCancelled)
        implements Serializable {

    public enum Result {
        /** 已登记 */
        RECORDED,
        /** 此前已登记 */
        ALREADY_RECORDED
    }
}
