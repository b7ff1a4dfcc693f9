/**
 * API: {@link dev.aerobench.adapter.ClientAdapter}, the small interface through which aerobench
 * drives a client (official or your own code around one), and the
 * {@link dev.aerobench.adapter.ConnectionSettings} an adapter is created with.
 */
package dev.aerobench.adapter;
