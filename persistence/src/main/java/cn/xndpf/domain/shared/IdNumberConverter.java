package cn.xndpf.domain.shared;

import cn.xndpf.domain.person.IdNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stored numbers were validated on the way in; re-checking the birth date against today is pointless. */
@Converter(autoApply = true)
public class IdNumberConverter implements AttributeConverter<IdNumber, String> {
    @Override
    public String convertToDatabaseColumn(IdNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public IdNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : IdNumber.of(dbData);
    }
}
