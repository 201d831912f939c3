package org.mentorat.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.notification.dispatch.Channel.EMAIL;
import static org.mentorat.notification.dispatch.Channel.IN_APP;
import static org.mentorat.notification.dispatch.Channel.SLACK;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;

/** Which channels a category goes through: the person's choice, the defaults, opt-outs, and what a program makes mandatory. */
class ChannelsTest {

    @Test
    void someoneWhoNeverChoseGetsEverythingByEmailAndInApp() {
        for (Category category : Category.values()) {
            assertThat(PersonPreferences.DEFAULTS.channelsFor(category, Set.of())).containsExactly(EMAIL, IN_APP);
        }
    }

    @Test
    void aCategoryGoesWhereThePersonChoseAndNowhereOnceTheyOptedOut() {
        PersonPreferences chosen = new PersonPreferences(Map.of(Category.SESSIONS, Set.of(SLACK)),
                Set.of(Category.NUDGES), null, null);

        assertThat(chosen.channelsFor(Category.SESSIONS, Set.of())).containsExactly(SLACK);
        assertThat(chosen.channelsFor(Category.NUDGES, Set.of())).isEmpty();
        assertThat(chosen.channelsFor(Category.FEEDBACK, Set.of())).containsExactly(EMAIL, IN_APP);
    }

    @Test
    void aMandatoryCategoryCannotBeOptedOutOfNorMutedButKeepsTheChosenChannels() {
        PersonPreferences optedOut = new PersonPreferences(Map.of(Category.FEEDBACK, Set.of(IN_APP)),
                Set.of(Category.FEEDBACK), null, null);
        PersonPreferences muted = new PersonPreferences(Map.of(Category.FEEDBACK, EnumSet.noneOf(Channel.class)),
                Set.of(), null, null);

        assertThat(optedOut.channelsFor(Category.FEEDBACK, Set.of(Category.FEEDBACK))).containsExactly(IN_APP);
        assertThat(muted.channelsFor(Category.FEEDBACK, Set.of())).isEmpty();
        assertThat(muted.channelsFor(Category.FEEDBACK, Set.of(Category.FEEDBACK))).containsExactly(EMAIL, IN_APP);
    }

    @Test
    void optingOutAddsToWhatWasOptedOutOf() {
        PersonPreferences both = new PersonPreferences(Map.of(), Set.of(Category.NUDGES), null, null)
                .optedOutOf(Category.SURVEYS);

        assertThat(both.optedOut()).containsExactly(Category.NUDGES, Category.SURVEYS);
    }
}
