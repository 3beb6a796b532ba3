/** SOAP service for banks: payment files and bank returns of the subsidy payment rolls, namespace http://xndpf.cn/ws/payment/v1. */
@XmlSchema(namespace = PaymentRollEndpoint.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package cn.xndpf.web.ws.payment;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
