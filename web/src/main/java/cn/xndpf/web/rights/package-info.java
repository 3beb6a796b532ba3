/**
 * Screens of rights protection (权益保障): petitions (信访) registered, listed for the responsible division with
 * overdue ones first and those due soon, and carried step by step on their own page. No rules here.
 */
package cn.xndpf.web.rights;
