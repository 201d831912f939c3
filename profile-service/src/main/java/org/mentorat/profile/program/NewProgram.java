package org.mentorat.profile.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewProgram(@NotBlank @Size(max = 200) String name, ProgramType type, @Size(max = 4000) String description) {
}
