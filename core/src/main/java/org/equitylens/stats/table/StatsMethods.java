package org.equitylens.stats.table;

import java.util.List;
import org.equitylens.disclosure.SuppressMethod;
import org.equitylens.stats.compare.CompareMethods;
import org.equitylens.stats.heat.HealthequalMethods;
import org.equitylens.stats.phe.PheMethods;
import org.equitylens.stats.wres.WresMethods;

/** The method families of the standard {@link MethodRegistry}: add a provider here to publish its methods. */
final class StatsMethods {

    static final List<MethodProvider> PROVIDERS = List.of(
            new PheMethods(),
            new HealthequalMethods(),
            new CompareMethods(),
            new WresMethods(),
            new SuppressMethod());

    private StatsMethods() {
    }
}
