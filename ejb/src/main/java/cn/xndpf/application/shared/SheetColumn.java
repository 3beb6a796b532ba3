package cn.xndpf.application.shared;

import java.io.Serializable;

/**
 * A column of an import workbook, found by its heading in the first row (Chinese or English; marks such
 * as * ignored). Its field is the one the importing service names in its rule violations, so each problem
 * lands on its column. Implemented by an enum per kind of workbook; serialisable because an import's
 * report, which names the columns, stays on the screen in the user's session.
 */
public interface SheetColumn extends Serializable {

    String field();

    String chineseName();

    String englishName();

    /** Column width in characters in the template ({@link ImportTemplate}). */
    default int width() {
        return 16;
    }

    /** Whether a heading names this column. */
    default boolean isNamedBy(String heading) {
        if (heading == null) {
            return false;
        }
        String h = heading.replace("*", "").replace("＊", "").trim();
        return h.equals(chineseName()) || h.equalsIgnoreCase(englishName());
    }

    /** The column of {@code columns} a field names, or null. */
    static <C extends SheetColumn> C of(C[] columns, String field) {
        for (C c : columns) {
            if (c.field().equals(field)) {
                return c;
            }
        }
        return null;
    }
}
