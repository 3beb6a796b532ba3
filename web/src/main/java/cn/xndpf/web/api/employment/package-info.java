/**
 * Partner REST resources of employment: the human-resources and social-security partner's annual declarations
 * (scope employment-declaration) and the tax office's security funds and collections (scope security-fund).
 */
package cn.xndpf.web.api.employment;
