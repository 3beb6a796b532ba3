package cn.xndpf.application.person;

import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;

import java.io.Serializable;

/**
 * The answer a partner gets (残疾人证核验): whether the certificate is valid, its category, level, status
 * and division. Nothing else about the person: that is all a partner's purpose needs.
 */
public record CertificateVerification(boolean valid, String certificateNumber, DisabilityCategory category,
                                      DisabilityLevel level, CertificateStatus status, String divisionCode,
                                      String divisionName) implements Serializable {
}
