package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/** Nobody mentors themselves; the same person may appear on both sides of a peer program. */
final class SelfRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        boolean samePerson = pair.mentor().personId().equals(pair.mentee().personId())
                || Text.same(pair.mentor().employeeNumber(), pair.mentee().employeeNumber());
        return samePerson ? HardRule.exclude(RuleCode.SELF, "This is the same person.") : Optional.empty();
    }
}
