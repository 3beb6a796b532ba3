package cn.xndpf.application.statistics;

import java.io.Serializable;
import java.time.Instant;

/** A review template as the administrator's screen shows it, with the program's names. */
public record ReviewTemplateView(long id, String programCode, String programNameZh, String programNameEn,
                                 String language, String body, int version, String updatedBy, Instant updatedAt)
        implements Serializable {
}
