package cn.xndpf.application.subsidy;

import java.io.Serializable;

/** A file made for download: its name, media type and bytes. */
public record ExportedFile(String fileName, String contentType, byte[] content) implements Serializable {
}
