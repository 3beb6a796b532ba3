package cn.xndpf.application.socialsecurity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a year's pension contribution list (养老保险代缴名单) as the HR and social-security partner receives
 * it: unlike the staff's view, with the whole ID number, because the partner enrols the person by it and answers
 * by it (as a bank's payment file carries the number of the person paid); and the partner's own answer so far
 * (null until it answers).
 */
public record PartnerPensionLine(int year, long personId, String idNumber, String name, String divisionCode, int level,
                                 BigDecimal governmentShare, Boolean pensionInsured, Boolean medicalInsured,
                                 Boolean medicalAssistance) implements Serializable {
}
