package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;

/**
 * One partition per county-level division of the city. Two run at a time (the servers have two cores and
 * serve users meanwhile). On a restart the plan of the failed execution is kept, so each county continues
 * from its own checkpoint.
 */
@Named("countyPartitionMapper")
@Dependent
public class CountyPartitionMapper implements PartitionMapper {

    static final String COUNTY = "county";
    private static final int THREADS = 2;

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> counties = batch.call(() -> engine.counties(JobSettings.of(jobContext).root()));
        if (counties.isEmpty()) {
            throw new IllegalStateException("No county-level divisions under " + JobSettings.of(jobContext).root());
        }
        Properties[] props = new Properties[counties.size()];
        for (int i = 0; i < counties.size(); i++) {
            props[i] = new Properties();
            props[i].setProperty(COUNTY, counties.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(counties.size());
        plan.setThreads(Math.min(THREADS, counties.size()));
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
