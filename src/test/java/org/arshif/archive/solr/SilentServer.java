package org.arshif.archive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server that takes every connection and never answers: a cluster too slow to reply, for timeout tests. */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread accepting;

    public SilentServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accepting = Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** The address of a collection on it. */
    public String address() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/solr/news";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        accepting.join();
        for (Socket connection : held) {
            connection.close();
        }
    }
}
