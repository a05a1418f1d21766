package cn.fazhi.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one escape hatch from the layer rules checked by ArchitectureTest: a class outside the package
 * that normally owns a library may use it when it says which library and why.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUse {
    /** Package prefix of the library, e.g. "org.apache.poi". */
    String[] value();

    /** Why this class needs it. */
    String reason();
}
