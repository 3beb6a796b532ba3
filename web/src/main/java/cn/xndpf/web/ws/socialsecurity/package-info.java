/**
 * SOAP service of the HR and social-security partner ({@code /dpf/ws/SocialSecurityPartnerService}), namespace
 * http://xndpf.cn/ws/socialsecurity/v1: the REST API's pension list and answer ({@code /api/v1/social-security/...})
 * with the same service behind it.
 */
@XmlSchema(namespace = SocialSecurityPartnerEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.socialsecurity;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
