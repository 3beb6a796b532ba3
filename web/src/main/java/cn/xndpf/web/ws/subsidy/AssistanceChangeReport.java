package cn.xndpf.web.ws.subsidy;

import cn.xndpf.application.person.AssistanceChangeOutcome;
import cn.xndpf.application.shared.FieldProblem;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The answer to a batch of changes: totals and one result per change, in the order received. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AssistanceStatusChangeReport", propOrder = {"received", "applied", "unchanged", "rejected", "item"})
public class AssistanceChangeReport {

    public int received;
    public int applied;
    public int unchanged;
    public int rejected;
    public List<ItemResult> item = new ArrayList<>();

    /** APPLIED, UNCHANGED (with code and message) or REJECTED (with an error per field). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "AssistanceStatusChangeResult", propOrder = {"index", "result", "code", "message", "error"})
    public static class ItemResult {
        public int index;
        @XmlElement(required = true)
        public String result;
        public String code;
        public String message;
        public List<SubsidyFaultDetail> error = new ArrayList<>();
    }

    static AssistanceChangeReport of(List<AssistanceChangeOutcome> outcomes, Locale locale) {
        AssistanceChangeReport r = new AssistanceChangeReport();
        for (AssistanceChangeOutcome o : outcomes) {
            ItemResult i = new ItemResult();
            i.index = o.index();
            i.result = o.result().name();
            if (o.note() != null) {
                i.code = o.note().key();
                i.message = o.note().message(locale);
            }
            for (FieldProblem p : o.errors()) {
                i.error.add(new SubsidyFaultDetail(p.field(), p.key(), p.message(locale)));
            }
            r.item.add(i);
            switch (o.result()) {
                case APPLIED -> r.applied++;
                case UNCHANGED -> r.unchanged++;
                case REJECTED -> r.rejected++;
            }
        }
        r.received = outcomes.size();
        return r;
    }
}
