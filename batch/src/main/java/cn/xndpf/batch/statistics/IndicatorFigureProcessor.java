package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.statistics.FigureValue;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Computes one indicator's figures (total and breakdowns) for one county and the run's period. */
@Named("indicatorFigureProcessor")
@Dependent
public class IndicatorFigureProcessor implements ItemProcessor {

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public Object processItem(Object item) {
        IndicatorItem i = (IndicatorItem) item;
        JobSettings s = JobSettings.of(jobContext);
        List<FigureValue> values = batch.call(() -> engine.compute(i.indicatorCode(), DivisionCode.of(i.county()), s.period(), s.asOf()));
        return new ComputedFigures(i, values);
    }
}
