package org.mentorat.profile.program;

import java.util.List;

record ProgramPage(List<Program> items, int page, int size, long total) {
}
