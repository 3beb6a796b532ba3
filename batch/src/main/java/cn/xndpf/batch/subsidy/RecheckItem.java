package cn.xndpf.batch.subsidy;

import java.io.Serializable;

/** One case to re-check, with its position among the cases this execution read. */
public record RecheckItem(int index, long caseId) implements Serializable {
}
