package org.mentorat.devstack;

import java.nio.file.Path;

/**
 * Command line of the launcher. {@code root} is the repository (where the modules' jars are);
 * {@code data} holds Kafka's and MongoDB's files and the logs, {@code <root>/data} unless given.
 */
record DevStackOptions(Path root, Path data, boolean demo, boolean help) {

    static final String USAGE = """
            Usage: ./devstack/run [--data <dir>] [--demo] [--no-build]
              --data <dir>   where Kafka, MongoDB and the logs keep their files (default: ./data)
              --demo         seed a demo tenant (not available yet)
              --no-build     start with the jars as they are, even if the sources changed
            Stop with Ctrl-C; the data is kept for the next start.""";

    static DevStackOptions parse(String[] args, Path workingDirectory) {
        Path root = workingDirectory;
        Path data = null;
        boolean demo = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = workingDirectory.resolve(valueOf(args, ++i, "--root"));
                case "--data" -> data = workingDirectory.resolve(valueOf(args, ++i, "--data"));
                case "--demo" -> demo = true;
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path normalisedRoot = root.toAbsolutePath().normalize();
        Path dataDir = data == null ? normalisedRoot.resolve("data") : data.toAbsolutePath().normalize();
        return new DevStackOptions(normalisedRoot, dataDir, demo, help);
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    Path logs() {
        return data.resolve("logs");
    }
}
