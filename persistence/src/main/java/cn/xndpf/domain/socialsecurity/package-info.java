/**
 * Social security (社会保障): the rules of inclusion in 低保 and 特困 over the household statuses civil affairs
 * reports. Pure rules and value types only; the services that read the registry live in the ejb module.
 */
package cn.xndpf.domain.socialsecurity;
