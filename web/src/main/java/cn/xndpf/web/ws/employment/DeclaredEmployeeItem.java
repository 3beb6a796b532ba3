package cn.xndpf.web.ws.employment;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** One disabled employee of a declaration, as sent: dates yyyy-MM-dd, amounts in yuan. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeclaredEmployee", propOrder = {"idNumber", "certificateNumber", "contractFrom", "contractTo",
        "insuranceMonths", "monthlyWage"})
public class DeclaredEmployeeItem {
    public String idNumber;
    public String certificateNumber;
    public String contractFrom;
    public String contractTo;
    public String insuranceMonths;
    public String monthlyWage;
}
