package cn.xndpf.domain.statistics;

import cn.xndpf.domain.shared.InvalidValueException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a figure is broken down by (分组维度). Every figure is stored per county-level division; besides its
 * total it is stored by each dimension its indicator lists.
 */
public enum Dimension {
    /** 合计: the single value {@link #TOTAL_VALUE}. */
    TOTAL("合计", "Total"),
    /** 残疾类别 1-7 */
    CATEGORY("残疾类别", "Category"),
    /** 残疾等级 1-4 */
    LEVEL("残疾等级", "Level"),
    /** 性别 M/F */
    SEX("性别", "Sex"),
    /** 年龄段, the codes of stat_age_band */
    AGE_BAND("年龄段", "Age band"),
    /** 城乡 1 urban, 0 rural */
    URBAN("城乡", "Urban/rural"),
    /** 乡镇（街道）: the 9-digit code of the township or street */
    TOWNSHIP("乡镇（街道）", "Township or street");

    /** The dimension value of a total. */
    public static final String TOTAL_VALUE = "-";
    /** The value of records that lack the attribute (e.g. an applicant without a current certificate). */
    public static final String UNKNOWN_VALUE = "NA";

    private final String chineseName;
    private final String englishName;

    Dimension(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Parses the catalogue's comma-separated list; an unknown name is a data error in the catalogue. */
    public static Set<Dimension> parseList(String list) {
        Set<Dimension> result = EnumSet.noneOf(Dimension.class);
        if (list == null) {
            return result;
        }
        for (String part : list.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                Dimension d = valueOf(name);
                if (d != TOTAL) {
                    result.add(d);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("dimensions", "statistics.unknownDimension", part.trim());
            }
        }
        return result;
    }
}
