package org.mentorat.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

class NoDelaySocketFactoryTest {

    private final SocketFactory factory = NoDelaySocketFactory.getDefault();

    @Test
    void theSocketJakartaMailConnectsItselfSendsWithoutNaglesDelay() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = factory.createSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 1000);

            assertThat(socket.isConnected()).isTrue();
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void socketsConnectedByTheFactorySendWithoutNaglesDelayToo() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 4, loopback);
                Socket byName = factory.createSocket(loopback.getHostAddress(), server.getLocalPort());
                Socket byAddress = factory.createSocket(loopback, server.getLocalPort());
                Socket fromLocalPort = factory.createSocket(loopback, server.getLocalPort(), loopback, 0)) {
            for (Socket socket : new Socket[] {byName, byAddress, fromLocalPort}) {
                assertThat(socket.isConnected()).isTrue();
                assertThat(socket.getTcpNoDelay()).isTrue();
            }
        }
    }
}
