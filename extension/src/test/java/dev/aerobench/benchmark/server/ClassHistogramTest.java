package dev.aerobench.benchmark.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Class histogram of the heap")
class ClassHistogramTest {

    private static final String BEFORE = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          1000          80000  [B (java.base@25.0.3)
               2:            10            480  dev.aerobench.server.StoredRecord
               3:             5            160  com.aerospike.client.Key
            Total          1015          80640
            """;

    private static final String AFTER = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          3000         240000  [B (java.base@25.0.3)
               2:          2010          96480  dev.aerobench.server.StoredRecord
               3:             5            160  com.aerospike.client.Key
               4:             7            224  com.aerospike.client.Key
            Total          5022         336864
            """;

    @Test
    @DisplayName("reads class rows and adds up classes of the same name from different class loaders")
    void parsesRows() {
        ClassHistogram after = ClassHistogram.parse(AFTER);

        assertThat(after.totalBytes()).isEqualTo(336_864);
        assertThat(after.largestGrowthSince(ClassHistogram.parse(""), 3))
                .containsExactly(
                        new ClassHistogram.ClassUsage("[B", 3000, 240_000),
                        new ClassHistogram.ClassUsage("dev.aerobench.server.StoredRecord", 2010, 96_480),
                        new ClassHistogram.ClassUsage("com.aerospike.client.Key", 12, 384));
    }

    @Test
    @DisplayName("lists the classes that grew most since an earlier histogram, largest first")
    void growth() {
        assertThat(ClassHistogram.parse(AFTER).largestGrowthSince(ClassHistogram.parse(BEFORE), 2))
                .containsExactly(
                        new ClassHistogram.ClassUsage("[B", 2000, 160_000),
                        new ClassHistogram.ClassUsage("dev.aerobench.server.StoredRecord", 2000, 96_000));
    }
}
