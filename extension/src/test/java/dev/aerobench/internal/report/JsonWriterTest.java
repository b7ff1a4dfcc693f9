package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JsonWriter")
class JsonWriterTest {

    @Test
    @DisplayName("escapes quotes, backslashes and control characters in strings")
    void escapes() {
        String json = new JsonWriter()
                .beginObject()
                .name("a\"b")
                .value("c\\d\n\u0001")
                .endObject()
                .toString();
        assertThat(json).isEqualTo("{\n  \"a\\\"b\": \"c\\\\d\\n\\u0001\"\n}\n");
    }

    @Test
    @DisplayName("writes numbers in plain notation and non-finite numbers as null")
    void numbers() {
        String json = new JsonWriter()
                .beginArray()
                .value(0.000312)
                .value(100.0)
                .value(1e21)
                .value(Double.NaN)
                .value(Double.NEGATIVE_INFINITY)
                .value(-7L)
                .endArray()
                .toString();
        assertThat(json).isEqualTo("[\n  0.000312,\n  100,\n  1000000000000000000000,\n  null,\n  null,\n  -7\n]\n");
    }

    @Test
    @DisplayName("nests objects and arrays with commas between elements only")
    void nesting() {
        String json = new JsonWriter()
                .beginObject()
                .name("x")
                .beginArray()
                .endArray()
                .name("y")
                .beginObject()
                .name("z")
                .nullValue()
                .endObject()
                .endObject()
                .toString();
        assertThat(json).isEqualTo("{\n  \"x\": [],\n  \"y\": {\n    \"z\": null\n  }\n}\n");
    }
}
