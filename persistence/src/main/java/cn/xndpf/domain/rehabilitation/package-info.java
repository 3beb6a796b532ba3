/**
 * Rehabilitation (康复, DOMAIN.md §4.5): needs assessments (康复需求评估), the basic service case that follows
 * one, its rules and the basic service rate (served / assessed as needing). The designated institutions,
 * enrolments and real-name service records are the shared {@code institution} package's; the life cycle is
 * the workflow kernel's.
 */
package cn.xndpf.domain.rehabilitation;
