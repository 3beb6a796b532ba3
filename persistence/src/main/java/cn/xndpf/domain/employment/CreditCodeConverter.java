package cn.xndpf.domain.employment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stored codes were validated on the way in. */
@Converter(autoApply = true)
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {
    @Override
    public String convertToDatabaseColumn(CreditCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : CreditCode.of(dbData);
    }
}
