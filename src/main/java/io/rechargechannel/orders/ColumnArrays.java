package io.rechargechannel.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of rows sent as one array per column and read back with {@code unnest}: one statement and a
 * few dozen parameters for a whole page, where a multi-row {@code VALUES} list needs one parameter per
 * cell and PostgreSQL parses and plans every one of them (docs/benchmarks.md, scenario 2).
 * Values travel as text and are cast to the column's type in SQL, so every type binds the same way
 * (PostgreSQL reads {@code BigDecimal}'s exponent form, such as {@code 1E+3}, too).
 */
final class ColumnArrays {

    /** One column: its name, its SQL type and how a row gives its value. */
    record Column<T>(String name, String type, Function<T, Object> value) {
    }

    private ColumnArrays() {
    }

    static <T> Column<T> column(String name, String type, Function<T, Object> value) {
        return new Column<>(name, type, value);
    }

    /** {@code a, b, c}: the columns' names, each with {@code prefix} in front. */
    static String names(List<? extends Column<?>> columns, String prefix) {
        return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }

    /** {@code unnest(?::varchar[], ?::numeric[], …) AS alias(a, b, …)}. */
    static String unnest(List<? extends Column<?>> columns, String alias) {
        return columns.stream().map(c -> "?::" + c.type() + "[]").collect(Collectors.joining(", ", "unnest(", ")"))
                + " AS " + alias + "(" + names(columns, "") + ")";
    }

    /** Binds one array per column from parameter {@code from}; returns the next parameter index. */
    static <T> int bind(PreparedStatement s, int from, List<Column<T>> columns, List<T> rows) throws SQLException {
        Connection connection = s.getConnection();
        int index = from;
        for (Column<T> column : columns) {
            String[] values = new String[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = text(column.value().apply(rows.get(r)));
            }
            s.setArray(index++, connection.createArrayOf("text", values));
        }
        return index;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value.toString();
    }
}
