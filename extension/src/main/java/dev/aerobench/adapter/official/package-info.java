/**
 * API: the adapter for the official Aerospike Java clients,
 * {@link dev.aerobench.adapter.official.OfficialClientAdapter}, which your own adapters can wrap,
 * and {@link dev.aerobench.adapter.official.ClientJarIdentity}, which names a client build for
 * reports.
 */
package dev.aerobench.adapter.official;
