package cn.xndpf.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' {@code p:messages} with valid list markup (registered in faces-config.xml for every
 * {@code p:messages}). PrimeFaces 15 writes each message as {@code <li role="alert">}: an element with
 * the role alert is no longer a list item, so its {@code <ul>} breaks WCAG 1.3.1 (axe-core rule
 * {@code list}). The messages' container is already an {@code aria-live} region, which is what announces
 * a new message, so the role is left out and the item stays a list item.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new WithoutRoleOnItems(writer), uiMessages, msg, severity, escape);
    }

    /** Passes everything through except a {@code role} attribute on a {@code <li>}. */
    private static final class WithoutRoleOnItems extends ResponseWriterWrapper {

        private String element;

        WithoutRoleOnItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
