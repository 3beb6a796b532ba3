/**
 * The care program's services (托养服务): eligibility as the form is filled, applications entering the shared
 * workflow, placement of an approved case with a care institution (the kernel's start of the benefit and
 * the shared enrolment, in one transaction), and the case's own detail. Review, suspension and termination
 * are the workflow kernel's; the daily records are the shared service records.
 */
package cn.xndpf.application.care;
