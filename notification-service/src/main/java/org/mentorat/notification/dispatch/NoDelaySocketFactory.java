package org.mentorat.notification.dispatch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The sockets Jakarta Mail opens to the SMTP server, with Nagle's algorithm off. SMTP is a
 * conversation of small writes, each waiting for the server's answer: the client writes a mail's
 * last bytes after an earlier write the server has not acknowledged yet, the server holds its
 * acknowledgement back because it has nothing to say before the end of the mail, and Nagle holds
 * those last bytes until it comes: about 40 ms on Linux, for every mail (measured against a local
 * server: 50 ms a mail, 4 ms without Nagle). The service names this class in
 * {@code notification-service.yml} ({@code mail.smtp.socketFactory.class}); Jakarta Mail calls
 * {@link #getDefault()} and connects the unconnected socket itself, with its timeouts.
 *
 * <p>Public because Jakarta Mail loads it by name.
 */
public final class NoDelaySocketFactory extends SocketFactory {

    private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

    private NoDelaySocketFactory() {
    }

    /** What Jakarta Mail calls on a factory named by class. */
    public static SocketFactory getDefault() {
        return INSTANCE;
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress server, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(server);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
