package cn.xndpf.application.workflow;

import java.io.Serializable;

/** A review stage of a program's chain as screens show it: its code and its names (初审 / First review). */
public record StageName(String code, String chineseName, String englishName) implements Serializable {
}
