package org.equitylens.stats.wres;

import java.util.List;
import org.equitylens.stats.table.MethodProvider;
import org.equitylens.stats.table.TableMethod;

/** The WRES definition-based methods. */
public final class WresMethods implements MethodProvider {

    @Override
    public List<TableMethod> methods() {
        return List.of(new WresRelativeLikelihood());
    }
}
