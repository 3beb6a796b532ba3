package cn.xndpf.application.socialsecurity;

import java.io.Serializable;

/**
 * One row of the HR and social-security partner's answer for a year, as sent: the ID number, insured in the basic
 * pension insurance ("true"/"false", required), and optionally insured in medical insurance (医保) and medical
 * assistance (医疗救助) received ("true"/"false" or absent).
 */
public record PensionAnswerRow(String idNumber, String pensionInsured, String medicalInsured,
                               String medicalAssistance) implements Serializable {
}
