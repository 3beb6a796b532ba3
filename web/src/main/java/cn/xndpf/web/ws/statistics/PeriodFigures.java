package cn.xndpf.web.ws.statistics;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.PeriodSummary;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A period's published figures for an area (the SOAP form of the REST answer). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PeriodFigures", propOrder = {"periodType", "periodStart", "periodEnd", "asOf", "divisionCode",
        "divisionName", "figure"})
public class PeriodFigures {

    @XmlElement(required = true)
    public String periodType;
    @XmlElement(required = true)
    public String periodStart;
    @XmlElement(required = true)
    public String periodEnd;
    @XmlElement(required = true)
    public String asOf;
    @XmlElement(required = true)
    public String divisionCode;
    @XmlElement(required = true)
    public String divisionName;
    public List<Figure> figure = new ArrayList<>();

    /** One indicator's figure, in its unit (money in 万元 with two decimals). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Figure", propOrder = {"program", "code", "name", "unit", "kind", "value", "numerator",
            "denominator", "target"})
    public static class Figure {
        @XmlElement(required = true)
        public String program;
        @XmlElement(required = true)
        public String code;
        @XmlElement(required = true)
        public String name;
        @XmlElement(required = true)
        public String unit;
        @XmlElement(required = true)
        public String kind;
        public BigDecimal value;
        public BigDecimal numerator;
        public BigDecimal denominator;
        public BigDecimal target;
    }

    static PeriodFigures of(PeriodSummary s) {
        PeriodFigures r = new PeriodFigures();
        r.periodType = s.period().type().name();
        r.periodStart = s.period().start().toString();
        r.periodEnd = s.period().end().toString();
        r.asOf = s.asOf().toString();
        r.divisionCode = s.divisionCode();
        r.divisionName = s.divisionName();
        for (PeriodSummary.ProgramFigures p : s.programs()) {
            for (FigureView f : p.figures()) {
                Figure x = new Figure();
                x.program = p.code();
                x.code = f.indicator().code();
                x.name = f.indicator().chineseName();
                x.unit = f.indicator().unit().symbol();
                x.kind = f.indicator().kind().name();
                x.value = f.value() == null ? (f.indicator().isRate() ? null : f.indicator().unit().display(BigDecimal.ZERO))
                        : f.shown();
                x.numerator = f.numerator();
                x.denominator = f.denominator();
                x.target = f.targetShown();
                r.figure.add(x);
            }
        }
        return r;
    }
}
