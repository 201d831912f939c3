package org.mentorat.profile.scim;

import java.util.List;

/** One page of a query: how many users match in all, where the page starts (1-based), and its users. */
record UserPage(long totalResults, int startIndex, List<StoredUser> users) {
}
