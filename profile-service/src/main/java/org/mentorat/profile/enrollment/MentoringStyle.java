package org.mentorat.profile.enrollment;

/**
 * How a mentor works, or how a mentee would like to be mentored: giving direction and advice,
 * coaching through questions, working problems through together, or adapting to the other person.
 */
enum MentoringStyle {
    DIRECTIVE, COACHING, COLLABORATIVE, FLEXIBLE
}
