package org.mentorat.matching.fairness;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The groups of one attribute, compared with the group matched most often.
 *
 * @param referenceGroup the group with the highest match rate (the first in order on a tie), against
 *        which every impact ratio is taken; null when nobody was matched, as there is then nothing to
 *        compare with. When it is itself a small sample, every ratio of the attribute leans on a handful
 *        of people.
 * @param referenceRate the highest match rate, or null when there are no mentees
 * @param groups ordered by name, with {@value FairnessReport#UNKNOWN_GROUP} last
 */
public record AttributeFairness(@Schema(maxLength = FairnessController.MAX_ATTRIBUTE_NAME) String attribute,
        @Schema(maxLength = GroupFairness.MAX_GROUP_NAME) String referenceGroup, Double referenceRate,
        @ArraySchema(maxItems = GroupFairness.MAX_GROUPS) List<GroupFairness> groups) {

    private static final Comparator<String> UNKNOWN_LAST = Comparator
            .comparing((String group) -> group.equals(FairnessReport.UNKNOWN_GROUP))
            .thenComparing(Comparator.naturalOrder());

    public AttributeFairness {
        groups = List.copyOf(groups);
    }

    static AttributeFairness of(String attribute, List<FairnessSubject> subjects) {
        Map<String, List<FairnessSubject>> byGroup = new TreeMap<>(UNKNOWN_LAST);
        for (FairnessSubject subject : subjects) {
            byGroup.computeIfAbsent(subject.groupOf(attribute), group -> new ArrayList<>()).add(subject);
        }
        List<GroupTally> tallies = byGroup.entrySet().stream()
                .map(entry -> GroupTally.of(entry.getKey(), entry.getValue()))
                .toList();
        GroupTally reference = null;
        for (GroupTally tally : tallies) {
            if (reference == null || tally.ratesAbove(reference)) {
                reference = tally;
            }
        }
        List<GroupFairness> groups = new ArrayList<>();
        for (GroupTally tally : tallies) {
            groups.add(tally.comparedWith(reference));
        }
        if (reference == null) {
            return new AttributeFairness(attribute, null, null, groups);
        }
        String referenceGroup = reference.matched() > 0 ? reference.group() : null;
        return new AttributeFairness(attribute, referenceGroup, reference.matchRate(), groups);
    }
}
