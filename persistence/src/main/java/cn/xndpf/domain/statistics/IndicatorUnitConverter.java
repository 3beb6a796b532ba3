package cn.xndpf.domain.statistics;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The catalogue keeps units as their Chinese symbols (人, 万元, %), readable for those who maintain it. */
@Converter(autoApply = true)
public class IndicatorUnitConverter implements AttributeConverter<IndicatorUnit, String> {

    @Override
    public String convertToDatabaseColumn(IndicatorUnit unit) {
        return unit == null ? null : unit.symbol();
    }

    @Override
    public IndicatorUnit convertToEntityAttribute(String symbol) {
        return symbol == null ? null : IndicatorUnit.ofSymbol(symbol);
    }
}
