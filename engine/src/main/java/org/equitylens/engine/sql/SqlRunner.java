package org.equitylens.engine.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a query and returns its rows, so that code generating SQL for a {@link Dialect} can run on
 * whichever engine speaks it (DuckDB over JDBC, Spark through its SparkSession). Numbers come back as
 * {@link Number}, dates as {@link java.time.LocalDate} or {@link java.sql.Date}.
 */
@FunctionalInterface
public interface SqlRunner {

    List<Object[]> query(String sql) throws SQLException;

    /** Over a JDBC connection. */
    static SqlRunner jdbc(Connection connection) {
        return sql -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int width = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        };
    }
}
