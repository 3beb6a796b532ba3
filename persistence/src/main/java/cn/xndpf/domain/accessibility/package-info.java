/**
 * Accessibility (无障碍): home modifications for poor disabled households (家庭无障碍改造), cases of the program
 * kernel with their own survey, works, acceptance and payment steps and the files attached to them. The
 * screens and services live in the ejb and web modules' {@code accessibility} packages.
 */
package cn.xndpf.domain.accessibility;
