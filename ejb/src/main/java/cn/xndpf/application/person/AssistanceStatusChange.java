package cn.xndpf.application.person;

import java.io.Serializable;

/**
 * One change of a household's assistance status as civil affairs reports it (民政救助状态变动), raw as
 * received: the household by a member's ID number or by its household number, the status code
 * ({@link cn.xndpf.domain.person.AssistanceStatus} name), GRANTED or REVOKED, and the day it takes effect
 * (yyyy-MM-dd). The service validates every field and names the ones at fault.
 */
public record AssistanceStatusChange(String idNumber, String householdNumber, String status, String change,
                                     String effectiveDate) implements Serializable {

    /** Field names, as partners write them. */
    public static final String ID_NUMBER = "idNumber";
    public static final String HOUSEHOLD_NUMBER = "householdNumber";
    public static final String STATUS = "status";
    public static final String CHANGE = "change";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    /** GRANTED: the household holds the status from the day; REVOKED: it holds it until the day before. */
    public enum Change {
        GRANTED, REVOKED
    }
}
