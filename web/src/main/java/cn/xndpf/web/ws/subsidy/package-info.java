/**
 * SOAP service of the two subsidies for partner systems ({@code /dpf/ws/SubsidyPartnerService}),
 * namespace http://xndpf.cn/ws/subsidy/v1.
 */
@XmlSchema(namespace = SubsidyPartnerEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.subsidy;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
