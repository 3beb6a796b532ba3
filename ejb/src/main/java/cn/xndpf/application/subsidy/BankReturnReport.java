package cn.xndpf.application.subsidy;

import java.io.Serializable;

/**
 * The outcome of an accepted bank return file (银行回盘): how many rows it had, how many lines it marked
 * paid or failed, and how many it left as they were because the same answer had been recorded before.
 */
public record BankReturnReport(int rows, int paid, int failed, int unchanged) implements Serializable {
}
