package cn.xndpf.web.ws.payment;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** A payment file: its name, media type and content (base64 in the message). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BankFile", propOrder = {"fileName", "contentType", "content"})
public class BankFile {

    public String fileName;
    public String contentType;
    public byte[] content;

    public BankFile() {
    }

    public BankFile(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }
}
