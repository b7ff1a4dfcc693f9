package dev.aerobench.server.contract;

/**
 * Where the server under test listens; resolved as a parameter for classes that connect their own
 * client (through a proxy, or with event loops).
 *
 * @param host address the clients connect to
 * @param port service port
 */
record ServerAddress(String host, int port) {}
