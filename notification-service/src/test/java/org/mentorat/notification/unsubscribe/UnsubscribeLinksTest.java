package org.mentorat.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.mentorat.notification.message.Category;

class UnsubscribeLinksTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    private final UnsubscribeLinks links = new UnsubscribeLinks(
            new UnsubscribeProperties(URI.create("https://mentorat.example/"), SECRET, null));

    @Test
    void aLinkCarriesATokenThatNamesWhoOptsOutOfWhat() {
        URI link = links.linkFor("acme", "per-1", Category.REMINDERS);

        assertThat(link.toString()).startsWith("https://mentorat.example/api/v1/notification-preferences/unsubscribe/");
        String token = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
        assertThat(links.verify(token)).contains(new UnsubscribeToken("acme", "per-1", Category.REMINDERS));
    }

    @Test
    void aTokenChangedInAnyPartOrSignedWithAnotherSecretIsRefused() {
        String token = new UnsubscribeToken("acme", "per-1", Category.REMINDERS).sign(SECRET);
        String otherPerson = new UnsubscribeToken("acme", "per-2", Category.REMINDERS).sign(SECRET);
        String[] parts = token.split("\\.");
        String[] others = otherPerson.split("\\.");

        assertThat(links.verify(parts[0] + "." + others[1] + "." + parts[2] + "." + parts[3])).isEmpty();
        assertThat(links.verify(parts[0] + "." + parts[1] + ".DIGEST." + parts[3])).isEmpty();
        assertThat(links.verify(new UnsubscribeToken("acme", "per-1", Category.REMINDERS)
                .sign("another-secret-that-is-long-enough-0123456789"))).isEmpty();
        assertThat(links.verify("not-a-token")).isEmpty();
        assertThat(links.verify("a.b.c.%%%")).isEmpty();
    }

    @Test
    void sessionInvitesAreTransactionalAndOfferNoUnsubscribe() {
        assertThat(links.offeredFor(Category.SESSIONS)).isFalse();
        assertThat(links.offeredFor(Category.REMINDERS)).isTrue();
        assertThat(links.offeredFor(Category.FEEDBACK)).isTrue();
    }

    @Test
    void aMailtoIsOfferedOnlyWhenAMailboxIsConfigured() {
        UnsubscribeLinks withMailbox = new UnsubscribeLinks(
                new UnsubscribeProperties(URI.create("https://mentorat.example"), SECRET, "unsubscribe@mentorat.example"));

        assertThat(links.mailtoFor("acme", "per-1", Category.NUDGES)).isEmpty();
        assertThat(withMailbox.mailtoFor("acme", "per-1", Category.NUDGES)).hasValueSatisfying(mailto ->
                assertThat(mailto.toString()).startsWith("mailto:unsubscribe@mentorat.example?subject=unsubscribe%20"));
    }

    @Test
    void aShortSecretIsRefusedAtStartup() {
        assertThatThrownBy(() -> new UnsubscribeProperties(URI.create("https://x"), "short", null))
                .isInstanceOf(IllegalStateException.class);
    }
}
