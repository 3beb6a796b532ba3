/** Accessibility (无障碍) screens: home modifications (家庭无障碍改造). No business logic: the services decide. */
package cn.xndpf.web.accessibility;
