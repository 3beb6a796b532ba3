/**
 * Accessibility (无障碍) services: home modifications for poor disabled households (家庭无障碍改造), from the
 * application through the kernel to the survey, works, acceptance and payment to the contractor, with the
 * photos and documents attached. The public facility inventory and the indicators are not built yet.
 */
package cn.xndpf.application.accessibility;
