package org.mentorat.devstack;

/**
 * Where the services find the shared infrastructure (the broker, the store, the SMTP server that
 * catches their mail), and the key they sign and check tokens with.
 */
record Infrastructure(String host, int kafkaPort, int mongoPort, int smtpPort, String hmacSecret) {

    static final String DEV_HMAC_SECRET = "mentorat-local-development-secret-0123456789";

    String kafkaBootstrapServers() {
        return host + ":" + kafkaPort;
    }

    String mongoUri(String database) {
        return "mongodb://" + host + ":" + mongoPort + "/" + database;
    }
}
