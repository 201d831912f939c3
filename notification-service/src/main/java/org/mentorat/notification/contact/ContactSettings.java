package org.mentorat.notification.contact;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The language a person is written to in when theirs is unknown or one messages are not written
 * in: the tenant's, else the service's default.
 *
 * @param defaultLocale for tenants that name none; {@code en} unless set
 * @param tenantLocales per tenant id, e.g. {@code acme: fr}
 */
@ConfigurationProperties("mentorat.notifications.contacts")
record ContactSettings(Locale defaultLocale, Map<String, Locale> tenantLocales) {

    /** By its IANA name, as messages may print it. */
    static final ZoneId UTC = ZoneId.of("UTC");

    /** The languages every message is written in. */
    static final Set<String> SUPPORTED_LANGUAGES = Set.of("fr", "en", "ar");

    ContactSettings {
        defaultLocale = defaultLocale == null ? Locale.ENGLISH : supported(defaultLocale, "default-locale");
        tenantLocales = tenantLocales == null ? Map.of() : Map.copyOf(tenantLocales);
        tenantLocales.forEach((tenant, locale) -> supported(locale, "tenant-locales." + tenant));
    }

    Locale defaultLocaleOf(String tenantId) {
        return tenantLocales.getOrDefault(tenantId, defaultLocale);
    }

    /** The person's language ({@code fr-CA} reads as {@code fr}) if messages are written in it, else the tenant's. */
    Locale localeOf(String tenantId, String languageTag) {
        if (languageTag != null) {
            String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
            if (SUPPORTED_LANGUAGES.contains(language)) {
                return Locale.of(language);
            }
        }
        return defaultLocaleOf(tenantId);
    }

    /** The person's zone, or UTC when they have none or one this JVM does not know. */
    static ZoneId zoneOf(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }

    /** A default nobody writes in would leave people without messages: refused at startup. */
    private static Locale supported(Locale locale, String setting) {
        if (!SUPPORTED_LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException("mentorat.notification.contacts." + setting + " is " + locale
                    + "; messages are written in " + SUPPORTED_LANGUAGES + " only");
        }
        return Locale.of(locale.getLanguage());
    }
}
