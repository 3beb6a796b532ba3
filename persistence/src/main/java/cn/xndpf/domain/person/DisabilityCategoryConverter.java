package cn.xndpf.domain.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class DisabilityCategoryConverter implements AttributeConverter<DisabilityCategory, Integer> {
    @Override
    public Integer convertToDatabaseColumn(DisabilityCategory attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public DisabilityCategory convertToEntityAttribute(Integer dbData) {
        return dbData == null ? null : DisabilityCategory.ofCode(dbData);
    }
}
