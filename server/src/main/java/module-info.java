/**
 * The embedded Aerospike wire-protocol server: JDK only. Exports its one API package,
 * {@code dev.aerobench.server}.
 */
module dev.aerobench.server {
    requires java.logging;

    exports dev.aerobench.server;
}
