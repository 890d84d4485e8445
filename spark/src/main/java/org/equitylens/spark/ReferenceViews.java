package org.equitylens.spark;

import static org.apache.spark.sql.functions.broadcast;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.store.RefData;

/**
 * The engine's bundled reference tables as Spark views, named as {@link Dialect#SPARK} refers to
 * them, with the same columns and types as the DuckDB store's {@code ref} schema. They are small
 * (the largest, IMD by LSOA, is 66,000 rows), so they are marked for broadcast: every executor gets a
 * copy and the extract is never shuffled to join them.
 */
final class ReferenceViews {

    private ReferenceViews() {
    }

    static void register(SparkSession spark) {
        List<Row> imd = new ArrayList<>();
        addImd(imd, "imd2019_lsoa11.csv", 2011, "IMD2019");
        addImd(imd, "imd2025_lsoa21.csv", 2021, "IMD2025");
        view(spark, "imd_lsoa", imd, field("lsoa_code", DataTypes.StringType), field("lsoa_vintage", DataTypes.IntegerType),
                field("imd_version", DataTypes.StringType), field("imd_rank", DataTypes.IntegerType),
                field("imd_decile", DataTypes.ByteType));

        List<Row> categories = new ArrayList<>();
        for (EthnicCategory c : EthnicCategory.values()) {
            categories.add(RowFactory.create(c.code(), c.label(), c.nhsGroup().map(Enum::name).orElse(null),
                    c.censusGroup().map(Enum::name).orElse(null), c.wresGroup().map(Enum::name).orElse(null), c.isStated()));
        }
        view(spark, "ethnic_category", categories, field("code", DataTypes.StringType), field("label", DataTypes.StringType),
                field("ethnic_group", DataTypes.StringType), field("ethnic_group_census", DataTypes.StringType),
                field("wres_group", DataTypes.StringType), field("stated", DataTypes.BooleanType));

        List<Row> population = new ArrayList<>();
        List<String[]> populationCsv = RefData.readSimpleCsv("population_ethnicity_census2021.csv");
        for (String[] r : populationCsv.subList(1, populationCsv.size())) {
            population.add(RowFactory.create(r[0], r[1], r[2], r[3], Long.parseLong(r[4])));
        }
        view(spark, "population_ethnicity", population, field("area_type", DataTypes.StringType),
                field("area_code", DataTypes.StringType), field("ethnic_category", DataTypes.StringType),
                field("ethnic_group_census", DataTypes.StringType), field("population", DataTypes.LongType));

        List<Row> areas = new ArrayList<>();
        List<String[]> areasCsv = RefData.readSimpleCsv("areas.csv");
        for (String[] r : areasCsv.subList(1, areasCsv.size())) {
            areas.add(RowFactory.create(r[0], r[1], r[2]));
        }
        view(spark, "areas", areas, field("area_type", DataTypes.StringType), field("area_code", DataTypes.StringType),
                field("area_code_nhs", DataTypes.StringType));
    }

    private static void addImd(List<Row> rows, String file, int vintage, String version) {
        List<String[]> csv = RefData.readSimpleCsv(file);
        List<String> header = List.of(csv.get(0));
        int code = header.indexOf(vintage == 2011 ? "lsoa11_code" : "lsoa21_code");
        int rank = header.indexOf("imd_rank");
        int decile = header.indexOf("imd_decile");
        for (String[] r : csv.subList(1, csv.size())) {
            rows.add(RowFactory.create(r[code], vintage, version, Integer.parseInt(r[rank]), Byte.parseByte(r[decile])));
        }
    }

    private static void view(SparkSession spark, String name, List<Row> rows, StructField... fields) {
        broadcast(spark.createDataFrame(rows, new StructType(fields))).createOrReplaceTempView("ref_" + name);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
