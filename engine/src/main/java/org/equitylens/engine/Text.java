package org.equitylens.engine;

import java.util.Locale;

/** The text formats EquityLens writes by hand: CSV fields and JSON strings. */
public final class Text {

    private Text() {
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes doubled. */
    public static String csvField(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    public static String jsonString(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
