package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.workflow.ImportReports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line words the core's codes from the same bundles as the window, in English (the command
 * line's language): the core returns codes with arguments, never sentences.
 */
final class Words {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Words() {
    }

    /** The text for {@code key} with {0}, {1}… filled in; the key itself when this version has no words for it. */
    static String of(String key, Object... args) {
        try {
            String pattern = ENGLISH.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Why a file was imported the way it was, or null when there is nothing to say. */
    static String reason(ImportReports.FileOutcome o) {
        return o.reason() == null ? null : of(o.reason().key(), o.reasonArgs());
    }
}
