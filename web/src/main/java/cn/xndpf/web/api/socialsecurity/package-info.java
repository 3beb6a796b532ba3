/**
 * Partner REST resources of social security (社会保障): the HR and social-security partner reads the year's pension
 * contribution list of the divisions it serves and answers who is insured (scope social-security). The SOAP face of
 * the same service is {@code cn.xndpf.web.ws.socialsecurity}.
 */
package cn.xndpf.web.api.socialsecurity;
