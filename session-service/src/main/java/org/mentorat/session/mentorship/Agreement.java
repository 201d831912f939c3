package org.mentorat.session.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mentoring agreement: each participant's expectations, confidentiality, cadence and format.
 *
 * <p>A cadence or format is agreed only once every participant has confirmed and all chose the
 * same one: nobody's choice silently overrides another's, and a pair that differs sees both
 * choices and settles it by changing a side. Until then the mentorship has no agreed value.
 */
public record Agreement(List<AgreementSide> sides) {

    public Agreement {
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    static Agreement none() {
        return new Agreement(List.of());
    }

    /** Replaces the person's side, or adds it. */
    Agreement with(AgreementSide side) {
        List<AgreementSide> next = new ArrayList<>(sides.stream()
                .filter(existing -> !existing.personId().equals(side.personId())).toList());
        next.add(side);
        return new Agreement(next);
    }

    public Optional<AgreementSide> sideOf(String personId) {
        return sides.stream().filter(side -> side.personId().equals(personId)).findFirst();
    }

    /** Every participant confirmed their side. */
    public boolean confirmedBy(List<String> participants) {
        return participants.stream().allMatch(person -> sideOf(person).filter(AgreementSide::confirmed).isPresent());
    }

    Optional<Cadence> agreedCadence(List<String> participants) {
        return common(participants, AgreementSide::cadence);
    }

    Optional<MeetingFormat> agreedFormat(List<String> participants) {
        return common(participants, AgreementSide::format);
    }

    /** The person's expectations go; their confirmations and choices stay. */
    Agreement withoutWordsOf(String personId) {
        return sideOf(personId).filter(side -> side.expectations() != null)
                .map(side -> with(new AgreementSide(side.personId(), null, side.confidentialityAgreed(),
                        side.cadence(), side.format(), side.confirmedAt())))
                .orElse(this);
    }

    private <T> Optional<T> common(List<String> participants, Function<AgreementSide, T> choice) {
        if (!confirmedBy(participants)) {
            return Optional.empty();
        }
        List<T> chosen = participants.stream().map(person -> choice.apply(sideOf(person).orElseThrow()))
                .distinct().toList();
        return chosen.size() == 1 ? Optional.ofNullable(chosen.getFirst()) : Optional.empty();
    }
}
