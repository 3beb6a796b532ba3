package cn.xndpf.application.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer result, with the total for pagers. */
public record Page<T>(List<T> rows, long total) implements Serializable {
}
