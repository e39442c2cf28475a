package io.rechargechannel.web.pages;

/** A CSV cell as spreadsheets read it: quoted when it holds a comma, quote or line break; formulas defused. */
final class Csv {

    private Csv() {
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
