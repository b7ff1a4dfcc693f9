package dev.aerobench.server;

import dev.aerobench.server.Expression.InvalidExpression;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POSIX regular expressions as the real server compiles them with glibc's {@code regcomp}, turned
 * into {@link Pattern}s: basic syntax (BRE) unless the extended flag is set, bracket expressions
 * with {@code [:class:]} names and literal backslashes, case folding, and newline handling. The
 * flag bits are glibc's ({@code REG_EXTENDED} 1, {@code REG_ICASE} 2, {@code REG_NEWLINE} 4,
 * {@code REG_NOSUB} 8), which is what a client's {@code RegexFlag} value means on a real node.
 * {@code java.util.regex} has neither BRE nor POSIX brackets, hence the translation.
 */
final class PosixRegex {

    static final int EXTENDED = 1;
    static final int ICASE = 2;
    static final int NEWLINE = 4;

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("digit", "0-9"),
            Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"),
            Map.entry("lower", "\\p{Lower}"),
            Map.entry("space", "\\s\\x0B"),
            Map.entry("blank", " \\t"),
            Map.entry("punct", "\\p{Punct}"),
            Map.entry("print", "\\p{Print}"),
            Map.entry("graph", "\\p{Graph}"),
            Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("xdigit", "0-9A-Fa-f"));

    private PosixRegex() {}

    /** The pattern for {@code raw} (a C string, up to its first NUL) compiled with {@code flags}. */
    static Pattern compile(byte[] raw, long flags) throws InvalidExpression {
        int end = 0;
        while (end < raw.length && raw[end] != 0) {
            end++;
        }
        String posix = new String(raw, 0, end, StandardCharsets.UTF_8);
        boolean extended = (flags & EXTENDED) != 0;
        int javaFlags = (flags & ICASE) != 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        javaFlags |= (flags & NEWLINE) != 0 ? Pattern.MULTILINE : Pattern.DOTALL;
        try {
            return Pattern.compile(translate(posix, extended), javaFlags);
        } catch (IllegalArgumentException e) {
            throw new InvalidExpression("invalid regular expression '" + posix + "': " + e.getMessage());
        }
    }

    static String translate(String posix, boolean extended) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < posix.length()) {
            char c = posix.charAt(i);
            if (c == '[') {
                i = bracket(posix, i, out);
                continue;
            }
            if (c == '\\' && i + 1 < posix.length()) {
                char next = posix.charAt(i + 1);
                out.append(escaped(next, extended));
                i += 2;
                continue;
            }
            out.append(plain(c, extended, i == 0 || (!extended && atGroupStart(posix, i))));
            i++;
        }
        return out.toString();
    }

    private static boolean atGroupStart(String posix, int i) {
        return i >= 2 && posix.charAt(i - 2) == '\\' && posix.charAt(i - 1) == '(';
    }

    /** A character outside brackets: special in ERE, mostly literal in BRE. */
    private static String plain(char c, boolean extended, boolean atStart) {
        return switch (c) {
            case '.', '^', '$' -> String.valueOf(c);
            case '*' -> atStart ? "\\*" : "*";
            case '+', '?', '|', '(', ')', '{', '}' -> extended ? String.valueOf(c) : "\\" + c;
            default -> "[]\\".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
        };
    }

    /** A backslash sequence: in BRE {@code \( \) \{ \} \| \+ \?} are the operators (GNU). */
    private static String escaped(char c, boolean extended) {
        if (!extended && "(){}|+?".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (Character.isDigit(c)) {
            return "\\" + c; // back-reference
        }
        return switch (c) {
            case 'w' -> "\\w";
            case 'W' -> "\\W";
            case 's' -> "\\s";
            case 'S' -> "\\S";
            case '<', '>' -> "\\b";
            case 'b' -> "\\b";
            case 'B' -> "\\B";
            default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        };
    }

    /** Copies a bracket expression starting at {@code start}; returns the index after it. */
    private static int bracket(String posix, int start, StringBuilder out) {
        int i = start + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < posix.length() && posix.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (i < posix.length()) {
            char c = posix.charAt(i);
            if (c == ']' && !first) {
                out.append(set).append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && i + 1 < posix.length() && posix.charAt(i + 1) == ':') {
                int close = posix.indexOf(":]", i + 2);
                if (close > 0) {
                    String name = posix.substring(i + 2, close);
                    String mapped = CLASSES.get(name);
                    if (mapped == null) {
                        throw new IllegalArgumentException("unknown character class [:" + name + ":]");
                    }
                    set.append(mapped);
                    i = close + 2;
                    continue;
                }
            }
            if (c == '\\' || c == '[' || c == ']' || c == '&' || c == '^') {
                set.append('\\');
            }
            set.append(c);
            i++;
        }
        throw new IllegalArgumentException("unmatched [");
    }
}
