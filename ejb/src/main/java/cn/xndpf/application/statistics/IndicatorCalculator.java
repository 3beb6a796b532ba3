package cn.xndpf.application.statistics;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL behind catalogued indicators (指标计算器). Each program has one class implementing this, a CDI bean
 * of the ejb module; the catalogue names a calculator by key (e.g. {@code registry.holders}) and gives it
 * an argument (a program code, a subsidy type). A calculator selects the records of one county-level
 * division and returns them grouped into {@link Cell}s; the engine forms the totals, breakdowns and rates.
 */
public interface IndicatorCalculator {

    /** The keys this calculator answers. */
    Set<String> keys();

    /** The breakdowns the cells of a key carry (the others are {@link Dimension#UNKNOWN_VALUE}). */
    Set<Dimension> dimensions(String key);

    /**
     * The cells of a key within a scope. Every selection filters on {@link CalculationScope#countyPattern()}
     * the same division column it returns as {@code division_code}, which {@link #cellsByCounty} relies on.
     */
    List<Cell> cells(String key, String argument, CalculationScope scope);

    /**
     * The cells of every county of a city at once, by county code, each county's cells those
     * {@link #cells} returns for it: what the statistics jobs call, once per indicator and period. Every
     * selection of a calculator filters on {@link CalculationScope#countyPattern()} the very division column
     * it returns as {@code division_code} (the contract of {@link #cells}), so the city's cells sorted by
     * that column are each county's: one query a key for the whole city, which is what makes a period cheap.
     * A calculator whose selection could not keep that contract overrides this with {@link #countyByCounty}.
     *
     * @param city     the scope over the whole city (its {@code county} is the city's code)
     * @param counties the county-level divisions of the city, in the order the map keeps
     */
    default Map<String, List<Cell>> cellsByCounty(String key, String argument, CalculationScope city,
                                                  List<DivisionCode> counties) {
        return splitByCounty(cells(key, argument, city), counties);
    }

    /** The cells asked of {@link #cells} county by county: one query a county, for a selection that cannot be split. */
    default Map<String, List<Cell>> countyByCounty(String key, String argument, CalculationScope city,
                                                   List<DivisionCode> counties) {
        Map<String, List<Cell>> byCounty = new LinkedHashMap<>();
        for (DivisionCode county : counties) {
            byCounty.put(county.value(), cells(key, argument, city.within(county)));
        }
        return byCounty;
    }

    /**
     * A city's cells sorted into its counties by the division code they carry; a cell of no county (a
     * record held at city level) is left out, as a query county by county leaves it out.
     */
    static Map<String, List<Cell>> splitByCounty(List<Cell> cityCells, List<DivisionCode> counties) {
        Map<String, List<Cell>> byCounty = new LinkedHashMap<>();
        for (DivisionCode county : counties) {
            byCounty.put(county.value(), new ArrayList<>());
        }
        for (Cell cell : cityCells) {
            if (cell.division() != null && cell.division().length() >= 6) {
                List<Cell> own = byCounty.get(cell.division().substring(0, 6));
                if (own != null) {
                    own.add(cell);
                }
            }
        }
        return byCounty;
    }
}
