/**
 * SOAP service for institutions' systems reporting real-name service records
 * ({@code /dpf/ws/ServiceRecordService}), namespace http://xndpf.cn/ws/institution/v1.
 */
@XmlSchema(namespace = ServiceRecordEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.institution;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
