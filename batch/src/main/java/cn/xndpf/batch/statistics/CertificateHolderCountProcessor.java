package cn.xndpf.batch.statistics;

import cn.xndpf.application.statistics.CertificateHolderStatistics;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;

/** Counts one division's certificate holders on the statistics date. */
@Named("certificateHolderCountProcessor")
@Dependent
public class CertificateHolderCountProcessor implements ItemProcessor {

    @EJB
    private CertificateHolderStatistics statistics;

    @Inject
    @BatchProperty(name = StatisticsJobParameters.STAT_DATE)
    private String statDate;

    /** Test-only fault injection, see {@link StatisticsJobParameters#FAIL_AFTER_DIVISIONS}. */
    @Inject
    @BatchProperty(name = StatisticsJobParameters.FAIL_AFTER_DIVISIONS)
    private String failAfterDivisions;

    @Override
    public Object processItem(Object item) {
        CountyItem county = (CountyItem) item;
        Integer failAfter = StatisticsJobParameters.failAfter(failAfterDivisions);
        if (failAfter != null && county.index() >= failAfter) {
            throw new IllegalStateException("Fault injected by job parameter failAfterDivisions=" + failAfter
                    + " before division " + county.code());
        }
        LocalDate day = StatisticsJobParameters.statDate(statDate);
        return new CountyResult(county, day, statistics.count(DivisionCode.of(county.code()), day));
    }
}
