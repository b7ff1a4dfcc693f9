package dev.aerobench.server;

import java.util.Locale;

/**
 * Which Aerospike edition an {@link EmbeddedAerospikeServer} answers as. They differ where the
 * Community Edition refuses an Enterprise feature with result code 25 (ENTERPRISE_ONLY): compressed
 * requests and durable deletes. The default is {@link #COMMUNITY}, as the official container image.
 */
public enum Edition {
    /** Aerospike Community Edition: compressed requests and durable deletes get 25 (ENTERPRISE_ONLY). */
    COMMUNITY("Aerospike Community Edition"),
    /** Aerospike Enterprise Edition: compressed requests are served, durable deletes delete. */
    ENTERPRISE("Aerospike Enterprise Edition");

    private final String infoName;

    Edition(String infoName) {
        this.infoName = infoName;
    }

    /** What the {@code edition} info command answers, e.g. "Aerospike Community Edition". */
    public String infoName() {
        return infoName;
    }

    /** The edition named {@code community} or {@code enterprise} (any case). */
    static Edition fromOption(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    "--edition must be community or enterprise but was '" + value + "'", unknown);
        }
    }
}
