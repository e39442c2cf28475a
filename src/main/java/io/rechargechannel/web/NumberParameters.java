package io.rechargechannel.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Whole-number path and query parameters. JAX-RS answers a path or query parameter that does not convert
 * with a bare 404; this answers 400 naming the parameter ({@link ApiProblem#badParameter}).
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            long.class, Long::valueOf, Long.class, Long::valueOf,
            int.class, Integer::valueOf, Integer.class, Integer::valueOf);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parse = PARSERS.get(rawType);
        if (parse == null) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw ApiProblem.badParameter(name, "must be a whole number");
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }
}
