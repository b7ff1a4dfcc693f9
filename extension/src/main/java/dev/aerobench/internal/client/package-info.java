/**
 * Internal, not API: resolving the client arms (Maven coordinates, the class path, or a custom
 * adapter) and loading each in a class loader of its own. May change in any release; use the
 * annotation's attributes and {@link dev.aerobench.BenchmarkConfiguration} instead.
 */
@API(status = INTERNAL)
package dev.aerobench.internal.client;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
