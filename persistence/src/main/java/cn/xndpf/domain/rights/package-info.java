/**
 * Rights protection (权益保障): petitions (信访) with their statutory deadlines as dated settings. Petitions are
 * not kernel cases: their petitioner need not be in the registry. Legal aid and culture live elsewhere.
 */
package cn.xndpf.domain.rights;
