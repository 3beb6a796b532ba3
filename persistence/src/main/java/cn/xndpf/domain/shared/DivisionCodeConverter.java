package cn.xndpf.domain.shared;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class DivisionCodeConverter implements AttributeConverter<DivisionCode, String> {
    @Override
    public String convertToDatabaseColumn(DivisionCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public DivisionCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : DivisionCode.of(dbData);
    }
}
