package cn.xndpf.application.statistics;

import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.Sex;
import cn.xndpf.domain.statistics.AgeBand;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names of breakdown values (一级, 女, 60—79岁, 城镇, 东关街道 ...) in Chinese or English, and their natural order. */
@ApplicationScoped
public class DimensionLabels {

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private DivisionRepository divisions;

    public String label(Dimension d, String value, Locale locale) {
        boolean en = IndicatorView.english(locale);
        if (Dimension.UNKNOWN_VALUE.equals(value)) {
            return en ? "Unknown" : "未知";
        }
        try {
            return switch (d) {
                case TOTAL -> en ? "Total" : "合计";
                case CATEGORY -> {
                    DisabilityCategory c = DisabilityCategory.ofCode(Integer.parseInt(value));
                    yield en ? c.englishName() : c.chineseName();
                }
                case LEVEL -> {
                    DisabilityLevel l = DisabilityLevel.ofCode(Integer.parseInt(value));
                    yield en ? l.englishName() : l.chineseName();
                }
                case SEX -> en ? Sex.ofCode(value).englishName() : Sex.ofCode(value).chineseName();
                case AGE_BAND -> catalogue.ageBands().stream().filter(b -> b.code().equals(value)).findFirst()
                        .map(b -> en ? b.englishName() : b.chineseName()).orElse(value);
                case URBAN -> "1".equals(value) ? (en ? "Urban" : "城镇") : (en ? "Rural" : "农村");
                case TOWNSHIP -> divisionName(value);
            };
        } catch (NumberFormatException | InvalidValueException e) {
            return value;
        }
    }

    public String divisionName(String code) {
        try {
            return divisions.find(DivisionCode.of(code)).map(Division::name).orElse(code);
        } catch (InvalidValueException e) {
            return code;
        }
    }

    /** The values a breakdown can take, in the order tables list them (townships are listed as found). */
    public List<String> values(Dimension d) {
        List<String> v = new ArrayList<>();
        switch (d) {
            case TOTAL -> v.add(Dimension.TOTAL_VALUE);
            case CATEGORY -> Arrays.stream(DisabilityCategory.values()).forEach(c -> v.add(String.valueOf(c.code())));
            case LEVEL -> Arrays.stream(DisabilityLevel.values()).forEach(l -> v.add(String.valueOf(l.code())));
            case SEX -> Arrays.stream(Sex.values()).forEach(s -> v.add(s.code()));
            case AGE_BAND -> catalogue.ageBands().stream().map(AgeBand::code).forEach(v::add);
            case URBAN -> v.addAll(List.of("1", "0"));
            case TOWNSHIP -> {
            }
        }
        return v;
    }
}
