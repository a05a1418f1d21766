package cn.fazhi.workbench.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every visible text goes through {@link #tr}: Simplified Chinese first, English as the second language. */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    private static volatile ResourceBundle bundle = load(Locale.SIMPLIFIED_CHINESE);

    private I18n() {
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE
                : bundle.getLocale();
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether the bundle has a text for {@code key} (codes from the core that the window may not word). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, with {0}, {1}… filled in. A missing key shows itself, so it is noticed. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
