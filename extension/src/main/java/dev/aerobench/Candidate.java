package dev.aerobench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link dev.aerobench.adapter.ClientAdapter} parameter of an {@link AerospikeBenchmark}
 * test as the candidate arm: the client (or code) under test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Candidate {}
