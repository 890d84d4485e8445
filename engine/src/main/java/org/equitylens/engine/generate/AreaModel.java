package org.equitylens.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.codes.EthnicCategory.EthnicGroup;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.store.RefData;

/**
 * The population of one ICB or local authority from the bundled reference data: its LSOAs (2021)
 * with their Census 2021 residents in each of the five broad ethnic groups and their IMD 2025
 * decile, the detailed ethnic categories within each broad group, and the five-year age profile.
 */
final class AreaModel {

    /** Broad groups in the column order of ethnicity_lsoa21_broad.csv. */
    static final EthnicGroup[] BROAD = {EthnicGroup.ASIAN, EthnicGroup.BLACK, EthnicGroup.MIXED, EthnicGroup.WHITE, EthnicGroup.OTHER};

    final String areaCode;
    final String areaType;
    final String[] lsoas;
    final String[] lsoaLa;
    final int[] lsoaDecile;
    /** Residents, [lsoa][broad group]. */
    final long[][] residents;
    /** Census residents by detailed NHS category within the area. */
    final Map<EthnicCategory, Long> categoryResidents;
    /** Residents by five-year band start (0, 5, … 85). */
    final long[] ageResidents;

    private AreaModel(String areaCode, String areaType, String[] lsoas, String[] lsoaLa, int[] lsoaDecile, long[][] residents,
            Map<EthnicCategory, Long> categoryResidents, long[] ageResidents) {
        this.areaCode = areaCode;
        this.areaType = areaType;
        this.lsoas = lsoas;
        this.lsoaLa = lsoaLa;
        this.lsoaDecile = lsoaDecile;
        this.residents = residents;
        this.categoryResidents = categoryResidents;
        this.ageResidents = ageResidents;
    }

    static AreaModel load(String area) {
        String wanted = area.strip().toUpperCase(Locale.ROOT);
        String code = null;
        String type = null;
        for (String[] row : skipHeader(RefData.readSimpleCsv("areas.csv"))) {
            if (row[1].equals(wanted) || row[2].equals(wanted)) {
                type = row[0];
                code = row[1];
            }
        }
        if (code == null) {
            throw EngineException.notFound("No ICB or local authority with code " + area
                    + " (use an ICB code such as E54000029 or QMF, or a 2024 local authority code such as E09000022)");
        }
        List<String> lsoaList = new ArrayList<>();
        List<String> laList = new ArrayList<>();
        String icb = null;
        for (String[] row : skipHeader(RefData.readSimpleCsv("lsoa21_areas.csv"))) {
            if ((type.equals("ICB") && row[2].equals(code)) || (type.equals("LA") && row[1].equals(code))) {
                lsoaList.add(row[0]);
                laList.add(row[1]);
                icb = row[2];
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < lsoaList.size(); i++) {
            index.put(lsoaList.get(i), i);
        }
        int[] decile = new int[lsoaList.size()];
        for (String[] row : skipHeader(RefData.readSimpleCsv("imd2025_lsoa21.csv"))) {
            Integer i = index.get(row[0]);
            if (i != null) {
                decile[i] = Integer.parseInt(row[3]);
            }
        }
        long[][] residents = new long[lsoaList.size()][BROAD.length];
        for (String[] row : skipHeader(RefData.readSimpleCsv("ethnicity_lsoa21_broad.csv"))) {
            Integer i = index.get(row[0]);
            if (i != null) {
                for (int g = 0; g < BROAD.length; g++) {
                    residents[i][g] = Long.parseLong(row[1 + g]);
                }
            }
        }
        Map<EthnicCategory, Long> categories = categoryResidents(type, code);
        if (categories.isEmpty()) {
            categories = categoryResidents("ICB", icb);
        }
        long[] ages = ageResidents(type, code);
        if (Arrays.stream(ages).sum() == 0) {
            ages = ageResidents("ICB", icb);
        }
        return new AreaModel(code, type, lsoaList.toArray(String[]::new), laList.toArray(String[]::new), decile, residents,
                categories, ages);
    }

    private static Map<EthnicCategory, Long> categoryResidents(String type, String code) {
        Map<EthnicCategory, Long> out = new EnumMap<>(EthnicCategory.class);
        for (String[] row : skipHeader(RefData.readSimpleCsv("population_ethnicity_census2021.csv"))) {
            if (row[0].equals(type) && row[1].equals(code)) {
                out.merge(EthnicCategory.fromCode(row[2]).orElseThrow(), Long.parseLong(row[4]), Long::sum);
            }
        }
        return out;
    }

    private static long[] ageResidents(String type, String code) {
        long[] out = new long[18];
        for (String[] row : skipHeader(RefData.readSimpleCsv("age_5yr_census2021.csv"))) {
            if (row[0].equals(type) && row[1].equals(code)) {
                out[Integer.parseInt(row[2]) / 5] += Long.parseLong(row[3]);
            }
        }
        return out;
    }

    private static List<String[]> skipHeader(List<String[]> rows) {
        return rows.subList(1, rows.size());
    }
}
