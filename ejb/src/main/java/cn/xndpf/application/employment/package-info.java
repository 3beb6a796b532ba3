/**
 * Employment (就业, issue 8): employers, annual quota declarations and their verification
 * ({@link cn.xndpf.application.employment.QuotaService}), and the employment security fund per employer and
 * year ({@link cn.xndpf.application.employment.SecurityFundService}). No screen logic; the rules are the
 * persistence module's {@code QuotaRules} and {@code FundRules}.
 */
package cn.xndpf.application.employment;
