package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyRecheckService;
import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the parameters of {@code subsidy-annual-recheck}; their names are {@link SubsidyRecheckService}'s. */
final class RecheckJobParameters {

    private RecheckJobParameters() {
    }

    static LocalDate checkDate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Job parameter " + SubsidyRecheckService.CHECK_DATE + " is required");
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter " + SubsidyRecheckService.CHECK_DATE
                    + " must be yyyy-MM-dd, was '" + raw + "'", e);
        }
    }

    static DivisionCode division(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Job parameter " + SubsidyRecheckService.DIVISION + " is required");
        }
        return DivisionCode.of(raw);
    }

    /** The test-only fault injection; null when absent (always, outside tests). */
    static Integer failAfterItems(String raw) {
        return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.trim());
    }
}
