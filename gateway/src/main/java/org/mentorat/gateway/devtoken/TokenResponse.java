package org.mentorat.gateway.devtoken;

/** Body returned by {@code POST /dev/tokens}. */
record TokenResponse(String token) {
}
