package org.mentorat.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes docs/emails/: every email in every language as HTML and plain text, with the sample people of
 * {@link MessageSamples}, and a screenshot of each HTML in Chromium when it is installed. Not a test of
 * its own (its name keeps it out of the build); run it from the repository root with
 * {@code mvnj -B -q -pl notification-service -am test -Dtest=EmailGallery
 * -Dsurefire.failIfNoSpecifiedTests=false -Demails.gallery=../docs/emails}.
 */
class EmailGallery {

    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    private static final String CHROMIUM = System.getProperty("emails.chromium", "/usr/bin/chromium");

    @Test
    @EnabledIfSystemProperty(named = "emails.gallery", matches = ".+")
    void writeEveryEmail() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("emails.gallery")).toAbsolutePath().normalize();
        Messages messages = MessageSamples.messages();
        for (String language : LANGUAGES) {
            Path folder = Files.createDirectories(root.resolve(language));
            for (NotificationKind kind : NotificationKind.values()) {
                MessageSamples.Sample sample = MessageSamples.sample(kind, language);
                RenderedMessage message = messages.render(kind, sample.locale(), sample.zone(), sample.arguments());
                String name = fileName(kind);
                Path html = folder.resolve(name + ".html");
                Files.writeString(html, message.html(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(name + ".txt"),
                        "Subject: " + message.subject() + "\n\n" + message.text(), StandardCharsets.UTF_8);
                screenshot(html, folder.resolve(name + ".png"));
            }
        }
        Files.writeString(root.resolve("README.md"), GalleryIndex.markdown(LANGUAGES, Files.exists(Path.of(CHROMIUM))),
                StandardCharsets.UTF_8);
    }

    static String fileName(NotificationKind kind) {
        return EmailComposer.keyOf(kind).replace('_', '-');
    }

    private static void screenshot(Path html, Path png) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            return;
        }
        Process chromium = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--screenshot=" + png,
                "--window-size=700," + System.getProperty("emails.height", "1200"), html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("Chromium screenshot of %s", html).isTrue();
        assertThat(png).exists();
    }
}
