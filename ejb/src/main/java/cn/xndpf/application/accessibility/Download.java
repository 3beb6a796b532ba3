package cn.xndpf.application.accessibility;

import java.io.Serializable;

/** An attached file's content with the name and type to send it under. */
public record Download(String fileName, String contentType, byte[] content) implements Serializable {
}
