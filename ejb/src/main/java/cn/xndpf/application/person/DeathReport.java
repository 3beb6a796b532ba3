package cn.xndpf.application.person;

import java.io.Serializable;

/**
 * A death reported by a partner (死亡信息推送: civil affairs' funeral records or public security's
 * household register), raw as received: ID number, date of death (yyyy-MM-dd) and the number of the
 * document it rests on (死亡证明/注销户口证明编号).
 */
public record DeathReport(String idNumber, String dateOfDeath, String documentNumber) implements Serializable {

    public static final String DATE_OF_DEATH = "dateOfDeath";
    public static final String DOCUMENT_NUMBER = "documentNumber";
}
