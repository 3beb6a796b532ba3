/**
 * Rehabilitation (康复): needs assessments, applications for a basic service entering the shared workflow,
 * the placement with a designated institution (the kernel's start of the benefit and the shared enrolment),
 * and the basic service rate. The services themselves are recorded through the shared
 * {@code ServiceRecordService}; nothing here records or settles them.
 */
package cn.xndpf.application.rehabilitation;
