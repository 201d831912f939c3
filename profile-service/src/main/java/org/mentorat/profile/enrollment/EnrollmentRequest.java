package org.mentorat.profile.enrollment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * @param capacity mentors only: how many mentees at once (default 1)
 * @param topics topics a mentor offers, or a mentee wants
 * @param goals mentees only: their goals in their own words
 */
record EnrollmentRequest(
        @NotBlank String personId,
        @NotNull EnrollmentRole role,
        @Min(1) @Max(20) Integer capacity,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> topics,
        @Size(max = 2000) String goals) {
}
