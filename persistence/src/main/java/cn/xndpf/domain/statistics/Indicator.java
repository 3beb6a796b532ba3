package cn.xndpf.domain.statistics;

import cn.xndpf.domain.shared.BooleanNumberConverter;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;

/**
 * A catalogued indicator (统计指标): what is counted, in which unit, how (count, distinct count, sum or rate),
 * by which calculator, with its stated definitions and the breakdowns it is stored by. The catalogue is data;
 * a program adds its indicators as rows naming calculators its own code registers.
 */
@Entity
@Table(name = "stat_indicator")
public class Indicator {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "program_code", nullable = false)
    private String programCode;

    @Column(name = "name_zh", nullable = false)
    private String chineseName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    @Column(name = "unit", nullable = false)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false)
    private IndicatorBasis basis;

    @Column(name = "calculator", nullable = false)
    private String calculator;

    @Column(name = "calculator_arg")
    private String calculatorArgument;

    @Column(name = "denominator_calculator")
    private String denominatorCalculator;

    @Column(name = "denominator_arg")
    private String denominatorArgument;

    @Column(name = "numerator_def_zh", nullable = false)
    private String numeratorDefinitionZh;

    @Column(name = "numerator_def_en", nullable = false)
    private String numeratorDefinitionEn;

    @Column(name = "denominator_def_zh")
    private String denominatorDefinitionZh;

    @Column(name = "denominator_def_en")
    private String denominatorDefinitionEn;

    @Column(name = "dimensions", nullable = false)
    private String dimensions;

    @Column(name = "key_figure", nullable = false)
    private boolean keyFigure;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "active", nullable = false)
    @Convert(converter = BooleanNumberConverter.class)
    private boolean active;

    protected Indicator() {
    }

    public Indicator(String code, String programCode, String chineseName, String englishName, IndicatorUnit unit,
                     IndicatorKind kind, IndicatorBasis basis, String calculator, String calculatorArgument,
                     String numeratorDefinitionZh, String numeratorDefinitionEn, String dimensions, int displayOrder) {
        this.code = code;
        this.programCode = programCode;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.unit = unit;
        this.kind = kind;
        this.basis = basis;
        this.calculator = calculator;
        this.calculatorArgument = calculatorArgument;
        this.numeratorDefinitionZh = numeratorDefinitionZh;
        this.numeratorDefinitionEn = numeratorDefinitionEn;
        this.dimensions = dimensions;
        this.displayOrder = displayOrder;
        this.active = true;
        checkRate();
    }

    /** Makes this indicator a rate over a second calculator's figure. */
    public void rateOver(String calculator, String argument, String definitionZh, String definitionEn) {
        this.kind = IndicatorKind.RATE;
        this.denominatorCalculator = calculator;
        this.denominatorArgument = argument;
        this.denominatorDefinitionZh = definitionZh;
        this.denominatorDefinitionEn = definitionEn;
        checkRate();
    }

    private void checkRate() {
        if (kind == IndicatorKind.RATE && (denominatorCalculator == null || denominatorCalculator.isBlank())) {
            throw new InvalidValueException("denominatorCalculator", "statistics.rateNeedsDenominator", code);
        }
    }

    public String code() {
        return code;
    }

    public String programCode() {
        return programCode;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public IndicatorBasis basis() {
        return basis;
    }

    public String calculator() {
        return calculator;
    }

    public String calculatorArgument() {
        return calculatorArgument;
    }

    public String denominatorCalculator() {
        return denominatorCalculator;
    }

    public String denominatorArgument() {
        return denominatorArgument;
    }

    public String numeratorDefinitionZh() {
        return numeratorDefinitionZh;
    }

    public String numeratorDefinitionEn() {
        return numeratorDefinitionEn;
    }

    public String denominatorDefinitionZh() {
        return denominatorDefinitionZh;
    }

    public String denominatorDefinitionEn() {
        return denominatorDefinitionEn;
    }

    /** The breakdowns stored besides the total (never {@link Dimension#TOTAL} itself). */
    public Set<Dimension> dimensions() {
        return Dimension.parseList(dimensions);
    }

    public boolean isKeyFigure() {
        return keyFigure;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isRate() {
        return kind == IndicatorKind.RATE;
    }
}
