package cn.xndpf.web.ws;

import cn.xndpf.web.partner.PartnerMessages;
import cn.xndpf.application.shared.Incidents;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.Node;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that decides what a SOAP fault of the partner services says (SOAP 故障映射), installed on
 * every endpoint by {@code @HandlerChain(file = SoapFaults.CHAIN)}:
 * <ul>
 *     <li>A fault the service declares in its WSDL (its detail is one of the platform's fault elements:
 *     bad value, not found, out of scope) is about the request, so its code is {@code soap:Client}
 *     (SOAP 1.2: {@code env:Sender}); JAX-WS would say {@code soap:Server}, and a partner's client would
 *     retry a request that can never succeed.</li>
 *     <li>Anything else is the server's: the endpoint turns it into {@link #unexpected} (an incident
 *     number, nothing more), and any exception or stack trace the runtime put in a detail is removed.</li>
 * </ul>
 */
public class SoapFaults implements SOAPHandler<SOAPMessageContext> {

    /** The handler chain file, for {@code @HandlerChain} on each endpoint. */
    public static final String CHAIN = "/cn/xndpf/web/ws/soap-faults.xml";

    private static final String OWN_NAMESPACES = "http://xndpf.cn/ws/";
    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());

    /** A failure nobody expected: numbered in the server log, the caller gets a server fault with the number. */
    public static SOAPFaultException unexpected(RuntimeException failure, String operation, Locale locale) {
        String incident = Incidents.record("SOAP " + operation, failure);
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(
                    PartnerMessages.get("request.incident", locale, incident),
                    new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server"));
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            try {
                rewrite(context.getMessage());
            } catch (SOAPException | RuntimeException e) {
                LOG.log(Level.WARNING, "SOAP fault left as the runtime made it", e);
            }
        }
        return true;
    }

    static void rewrite(SOAPMessage message) throws SOAPException {
        if (message == null || message.getSOAPBody() == null || !message.getSOAPBody().hasFault()) {
            return;
        }
        SOAPFault fault = message.getSOAPBody().getFault();
        Detail detail = fault.getDetail();
        boolean declared = false;
        if (detail != null) {
            List<Node> foreign = new ArrayList<>();
            for (Iterator<?> it = detail.getChildElements(); it.hasNext(); ) {
                Object child = it.next();
                if (child instanceof SOAPElement e) {
                    String ns = e.getNamespaceURI();
                    if (ns != null && ns.startsWith(OWN_NAMESPACES)) {
                        declared = true;
                    } else {
                        foreign.add(e);
                    }
                }
            }
            // e.g. the JAX-WS runtime's captured exception with its stack trace
            foreign.forEach(Node::detachNode);
        }
        if (declared) {
            boolean soap12 = SOAPConstants.URI_NS_SOAP_1_2_ENVELOPE.equals(
                    message.getSOAPPart().getEnvelope().getNamespaceURI());
            fault.setFaultCode(soap12 ? SOAPConstants.SOAP_SENDER_FAULT
                    : new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client", fault.getFaultCodeAsQName().getPrefix()));
        }
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
