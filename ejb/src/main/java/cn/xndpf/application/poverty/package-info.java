/**
 * Poverty relief (脱贫解困, 防返贫): recording the registry's households poor and lifted out of poverty, and
 * return-to-poverty monitoring with its risks and measures; district and city staff, their jurisdiction.
 */
package cn.xndpf.application.poverty;
