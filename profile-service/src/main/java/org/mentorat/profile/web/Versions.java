package org.mentorat.profile.web;

import org.mentorat.platform.web.PreconditionFailedException;

/**
 * A resource's stored version as its strong {@code ETag}, and the {@code If-Match} check that
 * guards a change against a lost update.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Passes when {@code ifMatch} is absent, {@code *}, or the current version's ETag. */
    public static void requireMatch(String ifMatch, String resource, String id, long version) {
        if (ifMatch != null && !"*".equals(ifMatch) && !ifMatch.equals(etag(version))) {
            throw new PreconditionFailedException(resource + " " + id + " is at version " + version + ".");
        }
    }
}
