/**
 * Poverty relief (脱贫解困, 防返贫): the registry's households recorded poor and lifted out of poverty, as a
 * history of changes, and return-to-poverty monitoring with its risks and measures. Not kernel cases: a household
 * is recorded, not applied for.
 */
package cn.xndpf.domain.poverty;
