package dev.aerobench.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's one service thread: a selector loop that accepts connections and serves each one's
 * readable and writable events in turn. A failure while serving one connection closes that
 * connection only. When stopped, it closes every connection, the listener and the selector.
 */
final class ServiceLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ServiceLoop.class.getName());

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final int port;
    private final ServerState state;
    private final InfoCommands info;
    private final CpuWarmer warmer;
    private final ServiceBuffers buffers;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong acceptedConnections = new AtomicLong();
    private volatile boolean closed;

    /** Takes over {@code listener} (bound), which it makes non-blocking and closes when stopped. */
    ServiceLoop(ServerSocketChannel listener, int port, ServerState state, InfoCommands info, CpuWarmer warmer)
            throws IOException {
        this.listener = listener;
        this.port = port;
        this.state = state;
        this.info = info;
        this.warmer = warmer;
        this.buffers = new ServiceBuffers(state);
        listener.configureBlocking(false);
        this.selector = Selector.open();
        try {
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException registerFailed) {
            selector.close();
            throw registerFailed;
        }
    }

    int port() {
        return port;
    }

    int openConnections() {
        return connections.size();
    }

    long acceptedConnections() {
        return acceptedConnections.get();
    }

    /** Makes {@link #run()} close everything and return; callable from any thread. */
    void stop() {
        closed = true;
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (!closed) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isAcceptable()) {
                        acceptAll();
                    } else if (key.attachment() instanceof ClientConnection connection) {
                        handle(key, connection);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException selectorGone) {
            if (!closed) {
                LOG.log(Level.WARNING, "aerobench server on port " + port + " stopped serving", selectorGone);
            }
        } finally {
            closeAll();
        }
    }

    private void acceptAll() {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException | RuntimeException acceptFailure) {
                // Out of file descriptors, for one: refuse this connection and go on serving.
                LOG.log(Level.WARNING, "aerobench server on port " + port + " failed to accept", acceptFailure);
                return;
            }
            if (channel == null) {
                return;
            }
            long number = acceptedConnections.incrementAndGet();
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                ClientConnection connection = new ClientConnection(channel, number, state, info, warmer, buffers);
                connection.registeredAs(channel.register(selector, SelectionKey.OP_READ, connection));
                connections.add(connection);
            } catch (IOException | RuntimeException setupFailure) {
                LOG.log(Level.FINE, setupFailure, () -> "could not set up a connection on port " + port);
                closeQuietly(channel);
            }
        }
    }

    private void handle(SelectionKey key, ClientConnection connection) {
        try {
            if (key.isValid() && key.isWritable()) {
                connection.onWritable();
            }
            if (key.isValid() && key.isReadable() && !connection.onReadable()) {
                drop(key, connection);
            }
        } catch (ProtocolException broken) {
            LOG.log(Level.FINE, () -> "closing " + connection.remote() + ": " + broken.getMessage());
            drop(key, connection);
        } catch (IOException gone) {
            LOG.log(Level.FINEST, gone, () -> "connection " + connection.remote() + " ended");
            drop(key, connection);
        } catch (RuntimeException | Error failure) {
            // A request this server cannot handle costs its connection, never the other connections:
            // one thread serves them all, so nothing thrown while serving one may end it.
            LOG.log(Level.WARNING, failure, () -> "closing " + connection.remote() + " after a failure serving it");
            drop(key, connection);
        }
    }

    private void drop(SelectionKey key, ClientConnection connection) {
        key.cancel();
        connections.remove(connection);
        connection.close();
    }

    /** Closes every connection, the listener and the selector; {@link #run()} does so when it ends. */
    void closeAll() {
        for (ClientConnection connection : connections) {
            connection.close();
        }
        connections.clear();
        closeQuietly(listener);
        closeQuietly(selector);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Closing has nothing to report that would change what happens next.
        }
    }
}
