package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.Indicator;
import cn.xndpf.domain.statistics.IndicatorBasis;
import cn.xndpf.domain.statistics.IndicatorKind;
import cn.xndpf.domain.statistics.IndicatorUnit;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A catalogued indicator as screens, reports and partners see it. */
public record IndicatorView(String code, String programCode, String chineseName, String englishName,
                            IndicatorUnit unit, IndicatorKind kind, IndicatorBasis basis, String numeratorZh,
                            String numeratorEn, String denominatorZh, String denominatorEn,
                            List<Dimension> dimensions, boolean keyFigure) implements Serializable {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code(), i.programCode(), i.chineseName(), i.englishName(), i.unit(), i.kind(),
                i.basis(), i.numeratorDefinitionZh(), i.numeratorDefinitionEn(), i.denominatorDefinitionZh(),
                i.denominatorDefinitionEn(), List.copyOf(i.dimensions()), i.isKeyFigure());
    }

    public String name(Locale locale) {
        return english(locale) ? englishName : chineseName;
    }

    public String unitName(Locale locale) {
        return english(locale) ? unit.englishName() : unit.symbol();
    }

    public boolean isRate() {
        return kind == IndicatorKind.RATE;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
