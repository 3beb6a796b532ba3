package cn.xndpf.application.statistics;

import java.io.Serializable;

/** A generated report file. */
public record Report(String fileName, String contentType, byte[] content) implements Serializable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
