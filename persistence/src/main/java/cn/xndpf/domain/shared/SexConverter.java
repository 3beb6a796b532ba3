package cn.xndpf.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SexConverter implements AttributeConverter<Sex, String> {
    @Override
    public String convertToDatabaseColumn(Sex attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public Sex convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Sex.ofCode(dbData);
    }
}
