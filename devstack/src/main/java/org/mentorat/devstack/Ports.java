package org.mentorat.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Collectors;

/** Checks the stack's ports before anything starts, so a clash is one clear line, not a broken half-stack. */
final class Ports {

    private Ports() {
    }

    static void requireFree(String host, List<Integer> ports) throws StartupFailure {
        List<Integer> busy = ports.stream().filter(port -> !isFree(host, port)).toList();
        if (!busy.isEmpty()) {
            throw new StartupFailure("port(s) " + busy.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " on " + host + " already in use; is another devstack running? Stop it (Ctrl-C) first");
        }
    }

    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
