package org.equitylens.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A small in-process Spark for tests: two cores, few shuffle partitions (the default 200 would
 * dominate the run time on test-sized data), no web UI and nothing bound beyond the loopback address.
 * Test classes create one in {@code @BeforeAll} and stop it in {@code @AfterAll}.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String name) {
        return SparkSession.builder()
                .appName(name)
                .master("local[2]")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }
}
