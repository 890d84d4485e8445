package org.equitylens.stats.table;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistical methods by qualified peer function name ({@code "<peer>::<function>"}). The
 * standard registry is assembled from the {@link MethodProvider}s listed in {@link StatsMethods}.
 */
public final class MethodRegistry {

    private final Map<String, TableMethod> methods;

    private MethodRegistry(Map<String, TableMethod> methods) {
        this.methods = Collections.unmodifiableMap(methods);
    }

    /** A registry of the given providers' methods; a name offered twice is a programming error. */
    public static MethodRegistry of(List<? extends MethodProvider> providers) {
        Map<String, TableMethod> byName = new LinkedHashMap<>();
        for (MethodProvider provider : providers) {
            for (TableMethod method : provider.methods()) {
                if (byName.putIfAbsent(method.name(), method) != null) {
                    throw new IllegalStateException("method registered twice: " + method.name());
                }
            }
        }
        return new MethodRegistry(byName);
    }

    /** Every method EquityLens offers. */
    public static MethodRegistry standard() {
        return of(StatsMethods.PROVIDERS);
    }

    public Optional<TableMethod> find(String qualifiedName) {
        return Optional.ofNullable(methods.get(qualifiedName));
    }

    /** The methods in registration order. */
    public Collection<TableMethod> methods() {
        return methods.values();
    }
}
