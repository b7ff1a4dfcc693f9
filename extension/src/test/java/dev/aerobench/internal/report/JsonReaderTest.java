package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JsonReader")
class JsonReaderTest {

    @Test
    @DisplayName("reads back what JsonWriter wrote: nesting, escapes, numbers in plain notation, null")
    void readsWhatJsonWriterWrites() {
        String json = new JsonWriter()
                .beginObject()
                .name("text")
                .value("quote \" backslash \\ newline \n tab \t control \u0001 µs")
                .name("small")
                .value(0.000312)
                .name("count")
                .value(42)
                .name("undefined")
                .value(Double.NaN)
                .name("list")
                .beginArray()
                .value(1)
                .beginObject()
                .endObject()
                .beginArray()
                .endArray()
                .endArray()
                .endObject()
                .toString();

        Map<?, ?> read = (Map<?, ?>) JsonReader.parse(json);

        assertThat(read.get("text")).isEqualTo("quote \" backslash \\ newline \n tab \t control \u0001 µs");
        assertThat(read.get("small")).isEqualTo(0.000312);
        assertThat(read.get("count")).isEqualTo(42.0);
        assertThat(read.containsKey("undefined")).isTrue();
        assertThat(read.get("undefined")).isNull();
        assertThat(read.get("list")).isEqualTo(List.of(1.0, Map.of(), List.of()));
        assertThat(JsonReader.parse(" [true, false, -1.5e3] ")).isEqualTo(Arrays.asList(true, false, -1500.0));
    }

    @Test
    @DisplayName("names the position of what is malformed")
    void malformed() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1,}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed JSON at character 8: expected a quoted name");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1")).hasMessageContaining("expected '}'");
        assertThatThrownBy(() -> JsonReader.parse("[1] x")).hasMessageContaining("unexpected text after");
        assertThatThrownBy(() -> JsonReader.parse("\"open")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> JsonReader.parse("")).hasMessageContaining("unexpected end");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": nul}")).hasMessageContaining("expected null");
    }
}
