/**
 * API: an embedded Aerospike wire-protocol server for tests. Start one with
 * {@link dev.aerobench.server.EmbeddedAerospikeServer#builder()}; it needs nothing but the JDK, and
 * its jar also runs standalone ({@code java -jar aerobench-server.jar}). Only the public types of
 * this package are API; everything else in it is package-private.
 */
package dev.aerobench.server;
