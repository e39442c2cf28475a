package io.rechargechannel.despatch;

import io.rechargechannel.despatch.DespatchReport.Refusal;
import io.rechargechannel.despatch.DespatchReport.Rejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A despatch file: {@code order number, carrier, tracking number} a row, the header row optional, fields quoted
 * as spreadsheets quote them. A row that cannot be read is rejected with its line number; the others go on.
 */
public final class DespatchCsv {

    /** The rows to despatch and those that could not be read. */
    public record Parsed(List<DespatchRequest> requests, List<Rejected> unreadable) {
    }

    private DespatchCsv() {
    }

    public static Parsed read(String text) {
        List<DespatchRequest> requests = new ArrayList<>();
        List<Rejected> unreadable = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int row = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && isHeader(line))) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells == null || cells.size() != 3) {
                unreadable.add(new Rejected(row, null, cells == null || cells.isEmpty() ? null : cells.get(0),
                        Refusal.INVALID, "row", "A row has three fields: order number, carrier, tracking number"));
                continue;
            }
            requests.add(new DespatchRequest(row, null, cells.get(0), cells.get(1), cells.get(2)));
        }
        return new Parsed(requests, unreadable);
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).replace("\"", "").startsWith("order");
    }

    /** The row's fields, unquoted and stripped; null when a quote is left open. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == ';' || ch == '\t') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
