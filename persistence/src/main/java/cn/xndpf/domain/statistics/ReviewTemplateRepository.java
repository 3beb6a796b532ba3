package cn.xndpf.domain.statistics;

import java.util.List;
import java.util.Optional;

/** The five-year review's text templates. */
public interface ReviewTemplateRepository {

    /** Every template, in the catalogue's program order, Chinese before English. */
    List<ReviewTemplate> all();

    Optional<ReviewTemplate> find(long id);
}
