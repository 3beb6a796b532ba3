/**
 * SOAP service of employment's partners ({@code /dpf/ws/EmploymentPartnerService}), namespace
 * http://xndpf.cn/ws/employment/v1: the HR and social-security partner's declarations, the tax office's funds and
 * collections.
 */
@XmlSchema(namespace = EmploymentPartnerEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.employment;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
