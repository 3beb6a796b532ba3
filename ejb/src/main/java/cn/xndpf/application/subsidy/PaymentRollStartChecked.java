package cn.xndpf.application.subsidy;

import cn.xndpf.domain.subsidy.PaymentRollKey;

/**
 * Fired (CDI, synchronously) when a request to run a roll has passed every check and before the roll is
 * claimed: the moment two staff asking for the same roll can both reach. Nothing in the platform observes
 * it; the concurrency test holds two requests here to prove that the claim, not the checks, keeps one run.
 */
public record PaymentRollStartChecked(PaymentRollKey key, String actor) {
}
