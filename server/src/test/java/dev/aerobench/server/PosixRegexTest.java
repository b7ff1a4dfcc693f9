package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.server.Expression.InvalidExpression;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("POSIX regular expressions as glibc compiles them")
class PosixRegexTest {

    private static boolean finds(String regex, long flags, String text) throws InvalidExpression {
        return PosixRegex.compile(regex.getBytes(StandardCharsets.UTF_8), flags)
                .matcher(text)
                .find();
    }

    @ParameterizedTest(name = "BRE {0} on ''{1}'' -> {2}")
    @CsvSource(
            delimiterString = " ~ ",
            value = {
                "a+b ~ a+b ~ true",
                "a+b ~ aab ~ false",
                "a\\+b ~ aab ~ true",
                "\\(ab\\)*c ~ ababc ~ true",
                "(ab) ~ (ab) ~ true",
                "a\\{2\\} ~ caab ~ true",
                "a{2} ~ a{2} ~ true",
                "*a ~ *a ~ true",
                "a ~ b ~ false",
                "x\\|y ~ y ~ true",
                "[[:digit:]][[:alpha:]] ~ 1a ~ true",
                "[]a] ~ ] ~ true",
                "[a\\] ~ \\ ~ true",
                "^a.c$ ~ abc ~ true",
            })
    void basicSyntax(String regex, String text, boolean expected) throws InvalidExpression {
        assertThat(finds(regex, 0, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ERE {0} on ''{1}'' -> {2}")
    @CsvSource(
            delimiterString = " ~ ",
            value = {
                "a+b ~ aab ~ true",
                "(ab)+c ~ ababc ~ true",
                "\\(ab\\) ~ (ab) ~ true",
                "a{2,3} ~ aa ~ true",
                "x|y ~ y ~ true",
                "[^[:space:]]+$ ~ a b ~ true",
            })
    void extendedSyntax(String regex, String text, boolean expected) throws InvalidExpression {
        assertThat(finds(regex, PosixRegex.EXTENDED, text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("ICASE folds case; without NEWLINE a dot matches a newline and ^ only the start")
    void flags() throws InvalidExpression {
        assertThat(finds("^HELLO", PosixRegex.ICASE, "hello")).isTrue();
        assertThat(finds("a.b", 0, "a\nb")).isTrue();
        assertThat(finds("^b", 0, "a\nb")).isFalse();
        assertThat(finds("^b", PosixRegex.NEWLINE, "a\nb")).isTrue();
    }

    @Test
    @DisplayName("a pattern ends at its first NUL, as a C string does")
    void stopsAtNul() throws InvalidExpression {
        assertThat(PosixRegex.compile(new byte[] {'a', 0, '('}, PosixRegex.EXTENDED)
                        .matcher("a")
                        .find())
                .isTrue();
    }

    @Test
    @DisplayName("an invalid pattern or an unknown character class is an invalid expression")
    void invalid() {
        assertThatThrownBy(() -> finds("a(", PosixRegex.EXTENDED, "")).isInstanceOf(InvalidExpression.class);
        assertThatThrownBy(() -> finds("[[:nope:]]", 0, "")).isInstanceOf(InvalidExpression.class);
        assertThatThrownBy(() -> finds("[abc", 0, "")).isInstanceOf(InvalidExpression.class);
    }
}
