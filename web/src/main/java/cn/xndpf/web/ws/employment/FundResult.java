package cn.xndpf.web.ws.employment;

import cn.xndpf.application.employment.FundView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** An employer's security fund of a year: due, collected, outstanding (yuan). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SecurityFund", propOrder = {"creditCode", "employerName", "divisionCode", "year", "due", "exempt",
        "collected", "outstanding"})
public class FundResult {
    public String creditCode;
    public String employerName;
    public String divisionCode;
    public int year;
    public String due;
    public boolean exempt;
    public String collected;
    public String outstanding;

    static FundResult of(FundView f) {
        FundResult r = new FundResult();
        r.creditCode = f.creditCode();
        r.employerName = f.employerName();
        r.divisionCode = f.divisionCode();
        r.year = f.year();
        r.due = f.due().toPlainString();
        r.exempt = f.exempt();
        r.collected = f.collected() == null ? "0.00" : f.collected().toPlainString();
        r.outstanding = f.outstanding().toPlainString();
        return r;
    }
}
