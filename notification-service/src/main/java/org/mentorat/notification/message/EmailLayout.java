package org.mentorat.notification.message;

import java.util.Locale;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Dresses a composed email in the one HTML layout (tables and inline styles, as mail clients need;
 * mirrored for right-to-left languages) and the one plain-text layout, both Thymeleaf templates under
 * {@code messages/layouts/}. Thymeleaf escapes every text it writes into the HTML.
 */
final class EmailLayout {

    private static final String LATIN_FONTS =
            "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
    private static final String ARABIC_FONTS =
            "'Noto Naskh Arabic','Noto Sans Arabic','Segoe UI',Tahoma,Arial,sans-serif";

    private final TemplateEngine engine = new TemplateEngine();

    EmailLayout() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("messages/layouts/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String html(Email email, Locale locale, boolean rightToLeft) {
        Context context = new Context(locale);
        context.setVariable("email", email);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("dir", rightToLeft ? "rtl" : "ltr");
        context.setVariable("start", rightToLeft ? "right" : "left");
        context.setVariable("end", rightToLeft ? "left" : "right");
        context.setVariable("font", rightToLeft ? ARABIC_FONTS : LATIN_FONTS);
        context.setVariable("lineHeight", rightToLeft ? "1.8" : "1.6");
        return engine.process("email.html", context);
    }

    /** @param colon how the language sets a label before its value (French puts a space before ":") */
    String text(Email email, String colon) {
        Context context = new Context();
        context.setVariable("email", email);
        context.setVariable("colon", colon);
        return engine.process("email.txt", context);
    }
}
