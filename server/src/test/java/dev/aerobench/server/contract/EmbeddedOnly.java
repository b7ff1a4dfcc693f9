package dev.aerobench.server.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract test (or class) that can only run against the embedded server, with the reason.
 * Tests that take a {@link MutableClock} or the {@code EmbeddedAerospikeServer} need no marker.
 * When the suite runs against an external server ({@value ServerUnderTest#EXTERNAL_SERVER_PROPERTY})
 * these tests are disabled with that reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface EmbeddedOnly {

    /** Why a real server cannot take this test, e.g. "uses namespace bar". */
    String value();
}
