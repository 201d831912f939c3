package org.mentorat.profile.questionnaire;

import java.util.List;

/**
 * The questionnaire in one locale, as a client shows it; {@code direction} is {@code rtl} for
 * Arabic so that a client lays it out right to left.
 */
record LocalisedQuestionnaire(int version, String locale, String direction, List<Question> questions) {

    record Question(String id, String text, List<Option> options) {
    }

    record Option(String id, String label) {
    }

    static LocalisedQuestionnaire of(Questionnaire questionnaire, String locale) {
        return new LocalisedQuestionnaire(questionnaire.version(), locale, "ar".equals(locale) ? "rtl" : "ltr",
                questionnaire.questions().stream()
                        .map(question -> new Question(question.id(), question.text().get(locale),
                                question.options().stream()
                                        .map(option -> new Option(option.id(), option.label().get(locale)))
                                        .toList()))
                        .toList());
    }
}
