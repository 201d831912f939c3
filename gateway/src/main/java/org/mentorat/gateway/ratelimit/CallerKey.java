package org.mentorat.gateway.ratelimit;

/**
 * Who a budget belongs to. The filter passes keys as strings, so a caller is encoded as
 * {@code tenant SEPARATOR subject}; the separator cannot occur in a JWT claim string read from JSON
 * unescaped, and a subject containing it only splits into its own tenant's namespace.
 */
record CallerKey(String tenant, String subject) {

    private static final char SEPARATOR = '\u001f';

    static final CallerKey ANONYMOUS = new CallerKey("anonymous", "anonymous");

    static String of(String tenant, String subject) {
        return new CallerKey(tenant, subject).encoded();
    }

    String encoded() {
        return tenant + SEPARATOR + subject;
    }

    static CallerKey decode(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? new CallerKey(key, key) : new CallerKey(key.substring(0, at), key.substring(at + 1));
    }

    String tenantBudgetKey() {
        return "tenant:" + tenant;
    }

    String userBudgetKey() {
        return "user:" + tenant + ":" + subject;
    }
}
