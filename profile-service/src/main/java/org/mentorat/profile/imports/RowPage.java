package org.mentorat.profile.imports;

import java.util.List;

/** One page of an import's row reports; a row's page is stable because rows are ordered by number. */
record RowPage(List<RowResult> items, int page, int size, long total) {
}
