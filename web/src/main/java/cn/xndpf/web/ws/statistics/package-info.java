/** SOAP statistics export for partner systems (the provincial platform), namespace http://xndpf.cn/ws/statistics/v1. */
@XmlSchema(namespace = StatisticsExportEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.statistics;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
