/** Poverty relief screens (脱贫解困, 防返贫监测): they call {@code application.poverty}, nothing more. */
package cn.xndpf.web.poverty;
