package cn.xndpf.domain.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class DisabilityLevelConverter implements AttributeConverter<DisabilityLevel, Integer> {
    @Override
    public Integer convertToDatabaseColumn(DisabilityLevel attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public DisabilityLevel convertToEntityAttribute(Integer dbData) {
        return dbData == null ? null : DisabilityLevel.ofCode(dbData);
    }
}
