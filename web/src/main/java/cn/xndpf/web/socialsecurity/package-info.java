/**
 * Social security screens (社会保障): the staff's pension contribution list with the partner's answers and the
 * inclusion in 低保 and 特困; they call {@code application.socialsecurity}, nothing more. The partner's faces are
 * in {@code web.api.socialsecurity} and {@code web.ws.socialsecurity}.
 */
package cn.xndpf.web.socialsecurity;
