/** SOAP services for partner systems (JAX-WS on Payara's Metro), namespace http://xndpf.cn/ws/certificate/v1. */
@XmlSchema(namespace = CertificateVerificationEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
