package cn.xndpf.web.ws.payment;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Detail of a fault: the field, a stable code, the message and, for a refused return file, each wrong row. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PaymentFaultDetail", propOrder = {"field", "code", "message", "rows"})
public class PaymentFaultDetail {

    public String field;
    public String code;
    public String message;
    @XmlElement(name = "row")
    public List<RowError> rows = new ArrayList<>();

    public PaymentFaultDetail() {
    }

    public PaymentFaultDetail(String field, String code, String message, List<RowError> rows) {
        this.field = field;
        this.code = code;
        this.message = message;
        this.rows = new ArrayList<>(rows);
    }

    /** One row of a return file in error (the header is row 1). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RowError", propOrder = {"row", "field", "code", "message"})
    public static class RowError {

        public int row;
        public String field;
        public String code;
        public String message;

        public RowError() {
        }

        public RowError(int row, String field, String code, String message) {
            this.row = row;
            this.field = field;
            this.code = code;
            this.message = message;
        }
    }
}
