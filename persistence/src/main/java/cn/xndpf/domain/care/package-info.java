/**
 * The care program (托养服务, DOMAIN.md §4.4): boarding, day care and home care by registered care
 * institutions (阳光家园), its eligibility rules and its case. The institutions, enrolments and real-name
 * service records are the shared {@code institution} package's; the life cycle is the workflow kernel's.
 */
package cn.xndpf.domain.care;
