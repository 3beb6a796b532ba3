package cn.xndpf.application.socialsecurity;

import cn.xndpf.domain.person.DisabilityLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a year's pension contribution list (养老保险代缴名单) as staff see it: the ID number masked, the
 * level and the government's share as compiled, and the HR and social-security partner's answer (null until it
 * answers).
 */
public record PensionLineView(int year, long personId, String name, String maskedIdNumber, String divisionCode,
                              int level, BigDecimal governmentShare, LocalDate compiledOn, Boolean pensionInsured,
                              Boolean medicalInsured, Boolean medicalAssistance) implements Serializable {

    /**
     * Whether the government pays the whole contribution (代缴, a severe level) rather than subsidising it (补贴),
     * as V55's settings and the statistics' 代缴/补贴 figures divide the levels.
     */
    public boolean paidInFull() {
        return DisabilityLevel.ofCode(level).isSevere();
    }
}
