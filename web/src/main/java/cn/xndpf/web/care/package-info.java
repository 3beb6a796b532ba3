/**
 * The care program's screens (托养服务): the application with live eligibility and the placement of approved
 * cases with a care institution. Review, the case page and the overdue list are the kernel's screens; the
 * daily records are the shared service-records page.
 */
package cn.xndpf.web.care;
