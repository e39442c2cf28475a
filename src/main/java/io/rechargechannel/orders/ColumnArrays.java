package io.rechargechannel.orders;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of rows sent as one array per column and read back with {@code unnest}: one statement and a
 * few dozen parameters for a whole page, where a multi-row {@code VALUES} list needs one parameter per
 * cell and PostgreSQL parses and plans every one of them (docs/benchmarks.md, scenario 2).
 * Each column travels as the text of a PostgreSQL array literal ({@code {"a","b",NULL}}) and is cast to
 * its type in SQL, so every type binds the same way (PostgreSQL reads {@code BigDecimal}'s exponent form,
 * such as {@code 1E+3}, too). Built here in one pass, that was cheaper than the driver's array encoding,
 * a fifth of the importer's own CPU in the ingest benchmark's profile.
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

    /** Binds one array literal per column from parameter {@code from}; returns the next parameter index. */
    static <T> int bind(PreparedStatement s, int from, List<Column<T>> columns, List<T> rows) throws SQLException {
        int index = from;
        StringBuilder literal = new StringBuilder(rows.size() * 16);
        for (Column<T> column : columns) {
            literal.setLength(0);
            literal.append('{');
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) {
                    literal.append(',');
                }
                appendElement(literal, column.value().apply(rows.get(r)));
            }
            s.setString(index++, literal.append('}').toString());
        }
        return index;
    }

    /** An element of a PostgreSQL array literal: NULL, or the value's text in double quotes. */
    private static void appendElement(StringBuilder literal, Object value) {
        if (value == null) {
            literal.append("NULL");
            return;
        }
        String text = value.toString();
        literal.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                literal.append('\\');
            }
            literal.append(c);
        }
        literal.append('"');
    }
}
