/**
 * Education (教育): the student grant's applications, which enter the shared workflow
 * ({@code CaseWorkflowService}), and what the education screens read. No review, queue or case-page logic
 * of its own: that is the kernel's.
 */
package cn.xndpf.application.education;
