package cn.xndpf.batch.statistics;

import cn.xndpf.domain.person.PersonRepository.HolderCount;

import java.time.LocalDate;
import java.util.List;

/** The figures counted for one division and date, ready to be stored. */
public record CountyResult(CountyItem county, LocalDate day, List<HolderCount> counts) {

    public long holders() {
        return counts.stream().mapToLong(HolderCount::holders).sum();
    }
}
