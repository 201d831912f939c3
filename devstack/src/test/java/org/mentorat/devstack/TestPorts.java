package org.mentorat.devstack;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for child processes that bind late. Taken below the kernel's ephemeral range
 * (32768 and up): there a port found free could be handed to some client's outgoing connection,
 * or to a {@code bind(0)}, before the slow-starting child gets to bind it.
 */
final class TestPorts {

    private TestPorts() {
    }

    static int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (Ports.isFree("127.0.0.1", port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
