package cn.xndpf.application.socialsecurity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A year's pension contribution list (养老保险代缴名单) of a jurisdiction as staff see it: its lines (ID numbers
 * masked) and the counts above them; the participation rate (参保率) is null for an empty list.
 */
public record PensionListView(int year, long listed, long answered, long insured, BigDecimal participationRate,
                              List<PensionLineView> lines) implements Serializable {
}
