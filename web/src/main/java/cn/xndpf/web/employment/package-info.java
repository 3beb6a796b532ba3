/**
 * The employment screens (就业): employers, a year's declaration with its verification and fund, and the funds of a
 * year per employer and division. No business logic: every decision is {@code application.employment}'s.
 */
package cn.xndpf.web.employment;
