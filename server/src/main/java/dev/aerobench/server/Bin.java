package dev.aerobench.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A bin while a write is being applied: name and value as the wire carries them. */
record Bin(byte[] name, int particleType, byte[] value) {

    boolean hasName(byte[] other) {
        return Arrays.equals(name, other);
    }

    @Override
    public String toString() {
        return new String(name, StandardCharsets.UTF_8) + "(type " + particleType + ", " + value.length + " bytes)";
    }
}
