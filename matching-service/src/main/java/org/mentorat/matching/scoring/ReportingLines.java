package org.mentorat.matching.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
}
