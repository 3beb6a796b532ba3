/**
 * SOAP service for the education bureau reporting the enrolment of registered children
 * ({@code /dpf/ws/EducationEnrolmentService}), namespace http://xndpf.cn/ws/education/v1: the REST API's
 * {@code POST /education-enrolments} with the same service behind it.
 */
@XmlSchema(namespace = EnrolmentReportEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.education;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
