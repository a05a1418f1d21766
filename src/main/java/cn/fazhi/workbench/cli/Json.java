package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.nio.file.Path;
import java.time.LocalDate;

/** JSON for scripts: records as objects, dates and paths as strings. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule()
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Path.class, ToStringSerializer.instance)
                    .addSerializer(Enum.class, new LowerCaseEnum()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** Enums as the lower-case ids the extract contract uses (imported, corrected, approx_over). */
    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnum extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Enum> {
        LowerCaseEnum() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
            gen.writeString(value.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + o.getClass().getSimpleName(), e);
        }
    }
}
