package dev.aerobench.internal.report;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation, enough for the result format without
 * a JSON library on the user's test class path. Non-finite numbers are written as {@code null}.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: whether it has an element yet (to place commas). */
    private final Deque<Boolean> hasElements = new ArrayDeque<>();

    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        if (value == null) {
            return raw("null");
        }
        separate();
        quote(value);
        return this;
    }

    JsonWriter value(long value) {
        return raw(Long.toString(value));
    }

    /** A number in plain notation ({@code 0.000312}, not {@code 3.12E-4}); {@code null} when not finite. */
    JsonWriter value(double value) {
        return raw(
                Double.isFinite(value)
                        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                        : "null");
    }

    JsonWriter nullValue() {
        return raw("null");
    }

    /** The document, ending with a newline. */
    @Override
    public String toString() {
        return out + "\n";
    }

    private JsonWriter raw(String text) {
        separate();
        out.append(text);
        return this;
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        hasElements.push(false);
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean any = hasElements.pop();
        if (any) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    /** Before a name or a value: a comma and a newline unless it directly follows its name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (hasElements.isEmpty()) {
            return;
        }
        if (hasElements.pop()) {
            out.append(',');
        }
        hasElements.push(true);
        newline();
    }

    private void newline() {
        out.append('\n').append("  ".repeat(hasElements.size()));
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
