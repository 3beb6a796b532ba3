package cn.xndpf.web.ws.employment;

import cn.xndpf.application.employment.DeclarationView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** A declaration taken, waiting for the federation's verification; ID numbers masked. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeclarationResult", propOrder = {"id", "creditCode", "year", "staffCount", "verified", "employee"})
public class DeclarationResult {
    public long id;
    public String creditCode;
    public int year;
    public int staffCount;
    public boolean verified;
    /** The employees' ID numbers, masked. */
    public List<String> employee = new ArrayList<>();

    static DeclarationResult of(String creditCode, DeclarationView d) {
        DeclarationResult r = new DeclarationResult();
        r.id = d.id();
        r.creditCode = creditCode;
        r.year = d.year();
        r.staffCount = d.staffCount();
        r.verified = d.verified();
        r.employee = new ArrayList<>(d.employees().stream().map(DeclarationView.Employee::maskedIdNumber).toList());
        return r;
    }
}
