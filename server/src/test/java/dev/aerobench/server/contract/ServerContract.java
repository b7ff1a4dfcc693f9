package dev.aerobench.server.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of the server contract suite: one embedded server and one official client per
 * class (resolved as parameters: {@code AerospikeClient}, {@code EmbeddedAerospikeServer},
 * {@link MutableClock}, {@link TestSet}, {@link ServerAddress}). Tagged {@code contract} so the build
 * runs the suite once per official client; the timeout turns a server that never answers into a
 * failure. Run it against a real Aerospike with {@code -Daerobench.contract.server=host:port}
 * (see {@link ServerUnderTest}).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag("contract")
@Timeout(30)
@ExtendWith(ContractServerExtension.class)
@interface ServerContract {}
