package org.mentorat.matching.scoring;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Skill;
import org.mentorat.matching.scoring.vocabulary.Slot;

/** Object mother for candidates: an unremarkable person in Paris, changed only where a test cares. */
final class People {

    private String personId;
    private String employeeNumber;
    private String managerEmployeeNumber;
    private String department = "Engineering";
    private Integer seniorityLevel = 5;
    private List<String> languages = List.of("fr", "en");
    private List<Skill> skills = new ArrayList<>();
    private List<String> topics = List.of();
    private String goals;
    private String style;
    private String location = "Paris";
    private boolean remoteOk = true;
    private ZoneId timeZone = ZoneId.of("Europe/Paris");
    private List<Slot> slots = List.of();
    private List<String> preferredKinds = List.of();
    private List<String> expectations = List.of();

    private People(String personId) {
        this.personId = personId;
        this.employeeNumber = "E-" + personId;
    }

    static People person(String personId) {
        return new People(personId);
    }

    static People mentor() {
        return person("mentor").seniority(7).topics("java");
    }

    static People mentee() {
        return person("mentee").seniority(4).topics("java");
    }

    People employee(String number, String manager) {
        this.employeeNumber = number;
        this.managerEmployeeNumber = manager;
        return this;
    }

    People department(String value) {
        this.department = value;
        return this;
    }

    People seniority(Integer value) {
        this.seniorityLevel = value;
        return this;
    }

    People languages(String... values) {
        this.languages = List.of(values);
        return this;
    }

    People skill(String name, int level) {
        this.skills.add(new Skill(name, level));
        return this;
    }

    People topics(String... values) {
        this.topics = List.of(values);
        return this;
    }

    People goals(String value) {
        this.goals = value;
        return this;
    }

    People style(String value) {
        this.style = value;
        return this;
    }

    People location(String value, boolean remote) {
        this.location = value;
        this.remoteOk = remote;
        return this;
    }

    People zone(String zone, Slot... values) {
        this.timeZone = ZoneId.of(zone);
        this.slots = List.of(values);
        return this;
    }

    People questionnaire(List<String> kinds, List<String> expected) {
        this.preferredKinds = kinds;
        this.expectations = expected;
        return this;
    }

    Candidate build() {
        return new Candidate(personId, employeeNumber, managerEmployeeNumber, department, seniorityLevel, languages,
                List.copyOf(skills), topics, goals, style, location, remoteOk, timeZone, slots, null, preferredKinds,
                expectations);
    }
}
