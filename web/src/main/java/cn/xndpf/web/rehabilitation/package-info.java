/**
 * Rehabilitation screens (康复): the needs assessment and the children's aid application. They call the
 * rehabilitation services only; the review is on the kernel's queue and case pages.
 */
package cn.xndpf.web.rehabilitation;
