package cn.xndpf.domain.rights;

import java.util.EnumSet;
import java.util.Set;

/** A legal consultation (法律咨询) or a legal-aid case (法律援助案件), and the outcomes each may end with. */
public enum LegalMatterKind {
    CONSULTATION("法律咨询", "Legal consultation"),
    LEGAL_AID("法律援助案件", "Legal-aid case");

    private final String chineseName;
    private final String englishName;

    LegalMatterKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** A consultation is answered or referred; a case is won, settled, not supported or withdrawn. */
    public Set<LegalOutcome> outcomes() {
        return this == CONSULTATION ? EnumSet.of(LegalOutcome.ANSWERED, LegalOutcome.REFERRED)
                : EnumSet.of(LegalOutcome.WON, LegalOutcome.SETTLED, LegalOutcome.NOT_SUPPORTED,
                LegalOutcome.WITHDRAWN);
    }
}
