package cn.xndpf.web.ws.payment;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** What an accepted return file did: rows read, lines marked paid or failed, lines already so. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BankReturnSummary", propOrder = {"rows", "paid", "failed", "unchanged"})
public class BankReturnSummary {

    public int rows;
    public int paid;
    public int failed;
    public int unchanged;

    public BankReturnSummary() {
    }

    public BankReturnSummary(int rows, int paid, int failed, int unchanged) {
        this.rows = rows;
        this.paid = paid;
        this.failed = failed;
        this.unchanged = unchanged;
    }
}
