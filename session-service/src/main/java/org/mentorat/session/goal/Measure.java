package org.mentorat.session.goal;

/**
 * How a goal is measured: what is counted ({@code metric}), where the mentee starts
 * ({@code baseline}) and the number they aim for ({@code target}).
 */
public record Measure(String metric, Double baseline, Double target) {

    Measure withoutMetric() {
        return new Measure(null, baseline, target);
    }
}
