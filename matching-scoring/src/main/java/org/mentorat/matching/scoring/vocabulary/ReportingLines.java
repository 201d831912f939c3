package org.mentorat.matching.scoring.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom, by employee number, for walking a manager chain upwards. HR data can be
 * wrong (a person recorded as their own manager's manager), so walkers must guard against cycles.
 */
public final class ReportingLines {

    private final Map<String, String> managerByEmployee;

    private ReportingLines(Map<String, String> managerByEmployee) {
        this.managerByEmployee = managerByEmployee;
    }

    /** Pairs of (employee number → manager employee number); blank managers are ignored. */
    public static ReportingLines of(Map<String, String> managerByEmployee) {
        Map<String, String> copy = new HashMap<>();
        managerByEmployee.forEach((employee, manager) -> {
            if (employee != null && manager != null && !manager.isBlank()) {
                copy.put(employee, manager);
            }
        });
        return new ReportingLines(Map.copyOf(copy));
    }

    public static ReportingLines none() {
        return new ReportingLines(Map.of());
    }

    public Optional<String> managerOf(String employeeNumber) {
        return employeeNumber == null ? Optional.empty() : Optional.ofNullable(managerByEmployee.get(employeeNumber));
    }

    /**
     * The employee numbers of the managers above {@code person} (all known), nearest first, at most {@code maxLevels} of
     * them; the walk ends after the first manager seen twice. The reporting-line rule walks it per pair;
     * the ranking walks each mentor's chain once and each mentee's once.
     */
    public List<String> managersOf(Candidate person, int maxLevels) {
        List<String> managers = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(Text.key(person.employeeNumber()));
        String manager = Text.known(person.managerEmployeeNumber())
                ? person.managerEmployeeNumber()
                : managerOf(person.employeeNumber()).orElse(null);
        for (int level = 1; level <= maxLevels && Text.known(manager); level++) {
            managers.add(manager);
            if (!visited.add(Text.key(manager))) {
                break;
            }
            manager = managerOf(manager).orElse(null);
        }
        return managers;
    }
}
