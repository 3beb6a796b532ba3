package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a household's poverty status over time: the first change records it poor (with its kind), then
 * lifted out (脱贫) and poor again (返贫) alternate, each from a day not before the last change and not in the
 * future. A change is a new row; nothing earlier is overwritten.
 */
public final class PovertyHistory {

    static final int MAX_NOTE = 500;

    private PovertyHistory() {
    }

    /** The household's status on its last change, or null when never recorded. */
    public static PovertyStatus current(List<PovertyStatusChange> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1).status();
    }

    /**
     * The next change after {@code history} (in {@code seq} order), or refused.
     *
     * @param kind required when {@code status} is poor, ignored otherwise
     */
    public static PovertyStatusChange next(long householdId, DivisionCode division, List<PovertyStatusChange> history,
                                           PovertyStatus status, PoorKind kind, LocalDate day, String note,
                                           String recordedBy, LocalDate today) {
        if (status == null) {
            throw new InvalidValueException("status", "poverty.statusRequired");
        }
        if (status == PovertyStatus.POOR && kind == null) {
            throw new InvalidValueException("poorKind", "poverty.kindRequired");
        }
        if (day == null) {
            throw new InvalidValueException("effectiveOn", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("effectiveOn", "date.future");
        }
        PovertyStatusChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last == null && status != PovertyStatus.POOR) {
            throw new InvalidValueException("status", "poverty.notPoor");
        }
        if (last != null && last.status() == status) {
            throw new InvalidValueException("status",
                    status == PovertyStatus.POOR ? "poverty.alreadyPoor" : "poverty.alreadyLifted",
                    last.effectiveOn().toString());
        }
        if (last != null && day.isBefore(last.effectiveOn())) {
            throw new InvalidValueException("effectiveOn", "poverty.beforeLastChange", last.effectiveOn().toString());
        }
        String n = note == null ? "" : note.trim();
        if (n.length() > MAX_NOTE) {
            throw new InvalidValueException("note", "poverty.textTooLong", MAX_NOTE);
        }
        return new PovertyStatusChange(householdId, history.size() + 1, status,
                status == PovertyStatus.POOR ? kind : null, day, division, n.isEmpty() ? null : n, recordedBy, today);
    }
}
