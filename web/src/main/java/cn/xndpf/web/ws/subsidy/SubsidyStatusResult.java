package cn.xndpf.web.ws.subsidy;

import cn.xndpf.application.subsidy.SubsidyCaseStatus;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person's subsidy cases, newest first: subsidy, state and covered months, nothing else about the person. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubsidyStatus", propOrder = {"subsidyCase"})
public class SubsidyStatusResult {

    public List<CaseStatus> subsidyCase = new ArrayList<>();

    /** One case; subsidy LIVING or NURSING, state as the workflow names it (ACTIVE, SUSPENDED, ...). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "SubsidyCaseStatus",
            propOrder = {"caseNumber", "subsidy", "subsidyName", "state", "stateName", "benefitFrom", "benefitUntil"})
    public static class CaseStatus {
        @XmlElement(required = true)
        public String caseNumber;
        @XmlElement(required = true)
        public String subsidy;
        @XmlElement(required = true)
        public String subsidyName;
        @XmlElement(required = true)
        public String state;
        @XmlElement(required = true)
        public String stateName;
        public String benefitFrom;
        public String benefitUntil;
    }

    static SubsidyStatusResult of(List<SubsidyCaseStatus> cases) {
        SubsidyStatusResult r = new SubsidyStatusResult();
        for (SubsidyCaseStatus c : cases) {
            CaseStatus s = new CaseStatus();
            s.caseNumber = c.caseNumber();
            s.subsidy = c.subsidy().name();
            s.subsidyName = c.subsidy().chineseName();
            s.state = c.state().name();
            s.stateName = c.state().chineseName();
            s.benefitFrom = text(c.benefitFrom());
            s.benefitUntil = text(c.benefitUntil());
            r.subsidyCase.add(s);
        }
        return r;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
