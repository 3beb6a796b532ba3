package cn.xndpf.application.statistics;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grouped calculation the statistics jobs call: a city's cells sorted into its counties. */
class IndicatorCalculatorTest {

    private static final List<DivisionCode> COUNTIES = List.of(DivisionCode.of("630102"), DivisionCode.of("630103"));
    private static final CalculationScope CITY = new CalculationScope(DivisionCode.of("630100"),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of());

    private static Cell cell(String division, int n) {
        return new Cell(division, 1, 1, "M", null, 1, BigDecimal.valueOf(n));
    }

    @Test
    void cityCellsGoToTheCountyTheirDivisionLiesInAndRecordsOfNoCountyAreLeftOut() {
        Cell community = cell("630102001001", 3);
        Cell township = cell("630103002", 2);
        Cell county = cell("630102", 1);
        Map<String, List<Cell>> split = IndicatorCalculator.splitByCounty(
                List.of(community, township, county, cell("630100", 9), cell("630104001001", 7),
                        new Cell(null, null, null, null, null, null, BigDecimal.ONE)), COUNTIES);
        assertEquals(Map.of("630102", List.of(community, county), "630103", List.of(township)), split);
        assertEquals(List.of("630102", "630103"), List.copyOf(split.keySet()), "every county, in the given order");
    }

    @Test
    void aCalculatorIsAskedOnceForTheWholeCityAndItsCellsSortedIntoCounties() {
        List<CalculationScope> asked = new ArrayList<>();
        Map<String, List<Cell>> byCounty = recording(asked).cellsByCounty("k", null, CITY, COUNTIES);
        assertEquals(List.of("6301%"), asked.stream().map(CalculationScope::countyPattern).toList());
        assertEquals(List.of(), byCounty.get("630102"), "the city's own record lies in no county");
        assertEquals(List.of(), byCounty.get("630103"));
    }

    @Test
    void aSelectionThatCannotBeSplitIsAskedCountyByCounty() {
        List<CalculationScope> asked = new ArrayList<>();
        Map<String, List<Cell>> byCounty = recording(asked).countyByCounty("k", null, CITY, COUNTIES);
        assertEquals(List.of("630102%", "630103%"), asked.stream().map(CalculationScope::countyPattern).toList());
        assertEquals(CITY.from(), asked.get(1).from());
        assertEquals(CITY.to(), asked.get(1).to());
        assertEquals(List.of(cell("630103001", 1)), byCounty.get("630103"));
    }

    /** A calculator that answers one cell in the scope's own division and remembers the scopes asked. */
    private static IndicatorCalculator recording(List<CalculationScope> asked) {
        return new IndicatorCalculator() {
            @Override
            public Set<String> keys() {
                return Set.of("k");
            }

            @Override
            public Set<Dimension> dimensions(String key) {
                return Set.of();
            }

            @Override
            public List<Cell> cells(String key, String argument, CalculationScope scope) {
                asked.add(scope);
                return List.of(cell(scope.county().value() + "001", 1));
            }
        };
    }
}
