package cn.xndpf.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A flag kept in a NUMBER(1) column (1 = true), for flags that queries compare: bound as a number, the
 * comparison works on Oracle and on H2, which refuses to compare a numeric column with a boolean.
 */
@Converter
public class BooleanNumberConverter implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        return value == null ? null : (value ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value == null ? null : value != 0;
    }
}
