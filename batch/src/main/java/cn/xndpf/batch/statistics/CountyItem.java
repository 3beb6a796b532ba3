package cn.xndpf.batch.statistics;

import java.io.Serializable;

/** One county-level division to count, with its position in the job's fixed order. */
public record CountyItem(int index, String code, String name) implements Serializable {
}
