package cn.xndpf.application.person;

import java.io.Serializable;

/**
 * What a worker types to register a person (登记). Raw text: the service validates every field and
 * names the field at fault. Sex and birth date are not asked: they come from the ID number.
 *
 * @param householdNumber an existing household's number to join, or a new one to open
 */
public record PersonRegistration(String idNumber, String name, String ethnicity, String phone, String address,
                                 String divisionCode, String householdNumber, boolean urban)
        implements Serializable {
}
