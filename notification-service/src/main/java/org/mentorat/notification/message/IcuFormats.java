package org.mentorat.notification.message;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * ICU's formatters for each language and pattern, made once: making one generates patterns and
 * reads resource bundles, which was a quarter of the work of writing a message. Most of them are
 * not thread-safe, so each use gets a clone of the one made; the immutable ones are shared.
 */
final class IcuFormats {

    private static final Map<Key, Object> MADE = new ConcurrentHashMap<>();

    /** Which formatter, for which pattern (or skeleton, or setting) and language. */
    private record Key(String kind, String pattern, ULocale locale) {
    }

    private IcuFormats() {
    }

    static DateFormat date(String skeleton, ULocale locale, TimeZone zone) {
        DateFormat format = (DateFormat) IcuFormats.<DateFormat>made(new Key("date", skeleton, locale),
                () -> DateFormat.getInstanceForSkeleton(skeleton, locale)).clone();
        format.setTimeZone(zone);
        return format;
    }

    static DateIntervalFormat interval(String skeleton, ULocale locale, TimeZone zone) {
        DateIntervalFormat format = (DateIntervalFormat) IcuFormats.<DateIntervalFormat>made(
                new Key("interval", skeleton, locale),
                () -> DateIntervalFormat.getInstance(skeleton, locale)).clone();
        format.setTimeZone(zone);
        return format;
    }

    /** Immutable: shared. */
    static MeasureFormat measures(ULocale locale) {
        return made(new Key("measures", "", locale),
                () -> MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE));
    }

    /** Immutable: shared. */
    static ListFormatter list(ULocale locale) {
        return made(new Key("list", "", locale), () -> ListFormatter.getInstance(locale));
    }

    static NumberFormat number(ULocale locale, int maximumFractionDigits) {
        Key key = new Key("number", String.valueOf(maximumFractionDigits), locale);
        return (NumberFormat) IcuFormats.<NumberFormat>made(key, () -> {
            NumberFormat format = NumberFormat.getInstance(locale);
            format.setMaximumFractionDigits(maximumFractionDigits);
            return format;
        }).clone();
    }

    static MessageFormat message(String pattern, ULocale locale) {
        return (MessageFormat) IcuFormats.<MessageFormat>made(new Key("message", pattern, locale),
                () -> new MessageFormat(pattern, locale)).clone();
    }

    @SuppressWarnings("unchecked") // each key names one kind of formatter
    private static <T> T made(Key key, Supplier<T> make) {
        return (T) MADE.computeIfAbsent(key, unused -> make.get());
    }
}
