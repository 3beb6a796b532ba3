/**
 * The registry of service providers (服务机构): district and city staff register and revise institutions
 * within their jurisdiction, audited. Programs that deliver through institutions look them up here; this
 * package knows no program.
 */
package cn.xndpf.application.institution;
