package cn.xndpf.domain.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BreakdownTest {

    private static Cell cell(String division, Integer category, String sex, Integer urban, long measure) {
        return new Cell(division, category, 1, sex, "18-44", urban, BigDecimal.valueOf(measure));
    }

    private static Map<String, BigDecimal> of(List<FigureValue> figures, Dimension d) {
        return figures.stream().filter(f -> f.dimension() == d)
                .collect(Collectors.toMap(FigureValue::dimensionValue, FigureValue::value));
    }

    @Test
    void totalsAndBreakdownsAddUpTheCells() {
        List<Cell> cells = List.of(
                cell("630102001001", 4, "M", 1, 3),
                cell("630102001002", 4, "F", 1, 2),
                cell("630102002001", 1, "M", 0, 5),
                cell("630102", null, "F", 0, 1));
        List<FigureValue> f = Breakdown.of(cells, EnumSet.of(Dimension.CATEGORY, Dimension.SEX, Dimension.TOWNSHIP));
        assertEquals(new BigDecimal("11.00"), of(f, Dimension.TOTAL).get(Dimension.TOTAL_VALUE));
        assertEquals(Map.of("4", new BigDecimal("5.00"), "1", new BigDecimal("5.00"), "NA", new BigDecimal("1.00")),
                of(f, Dimension.CATEGORY));
        assertEquals(Map.of("M", new BigDecimal("8.00"), "F", new BigDecimal("3.00")), of(f, Dimension.SEX));
        assertEquals(Map.of("630102001", new BigDecimal("5.00"), "630102002", new BigDecimal("5.00"),
                "630102", new BigDecimal("1.00")), of(f, Dimension.TOWNSHIP));
        assertEquals(Map.of(), of(f, Dimension.URBAN), "only the listed breakdowns are stored");
        f.forEach(v -> assertNull(v.numerator()));
    }

    @Test
    void nothingCountedIsAZeroTotal() {
        List<FigureValue> f = Breakdown.of(List.of(), EnumSet.of(Dimension.SEX));
        assertEquals(1, f.size());
        assertEquals(new BigDecimal("0.00"), f.get(0).value());
        assertEquals(Dimension.TOTAL, f.get(0).dimension());
    }

    @Test
    void aRateIsFormedFromSummedNumeratorAndDenominator() {
        List<Cell> num = List.of(cell("630102001001", 4, "M", 1, 2), cell("630102001001", 4, "F", 1, 1));
        List<Cell> den = List.of(cell("630102001001", 4, "M", 1, 3), cell("630102001001", 4, "F", 1, 1),
                cell("630102001001", 1, "F", 1, 2));
        List<FigureValue> f = Breakdown.rate(num, den, Set.of(Dimension.SEX, Dimension.CATEGORY));
        FigureValue total = f.stream().filter(FigureValue::isTotal).findFirst().orElseThrow();
        assertEquals(new BigDecimal("50.00"), total.value());
        assertEquals(new BigDecimal("3.00"), total.numerator());
        assertEquals(new BigDecimal("6.00"), total.denominator());
        assertEquals(Map.of("M", new BigDecimal("66.67"), "F", new BigDecimal("33.33")), of(f, Dimension.SEX));
        assertEquals(Map.of("4", new BigDecimal("75.00"), "1", new BigDecimal("0.00")), of(f, Dimension.CATEGORY));
        assertEquals(new BigDecimal("0.00"), Breakdown.percent(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void moneyIsShownInTenThousandYuanWithTwoDecimals() {
        assertEquals(new BigDecimal("26200.00"), IndicatorUnit.TEN_THOUSAND_YUAN.display(new BigDecimal("262000000.00")));
        assertEquals(new BigDecimal("0.01"), IndicatorUnit.TEN_THOUSAND_YUAN.display(new BigDecimal("50.00")));
        assertEquals(new BigDecimal("12"), IndicatorUnit.PERSONS.display(new BigDecimal("12.00")));
        assertEquals(IndicatorUnit.TEN_THOUSAND_YUAN, IndicatorUnit.ofSymbol("万元"));
        assertEquals(new BigDecimal("262000000.00"), IndicatorUnit.TEN_THOUSAND_YUAN.toStored(new BigDecimal("26200")));
    }

    /** accessibility: accessible buses are counted in 辆, whole vehicles. */
    @Test
    void vehiclesAreCountedWhole() {
        assertEquals(IndicatorUnit.VEHICLES, IndicatorUnit.ofSymbol("辆"));
        assertEquals(new BigDecimal("187"), IndicatorUnit.VEHICLES.display(new BigDecimal("187.00")));
    }
}
