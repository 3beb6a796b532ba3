/** Screens of culture and sports (文体): events recorded and listed. No rules here. */
package cn.xndpf.web.culture;
