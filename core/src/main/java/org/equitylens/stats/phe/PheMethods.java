package org.equitylens.stats.phe;

import java.util.List;
import org.equitylens.stats.table.MethodProvider;
import org.equitylens.stats.table.TableMethod;

/** The PHEindicatormethods 2.1.0 functions EquityLens reproduces. */
public final class PheMethods implements MethodProvider {

    @Override
    public List<TableMethod> methods() {
        return List.of(new PheProportion(), new PheRate(), new PheMean(),
                PheDsr.calculateDsr(), PheDsr.pheDsr(), PheIsr.ratio(), PheIsr.rate(),
                PheFunnel.significance(), PheFunnel.limits(), new PheQuantile(),
                new PheLifeExpectancy(), new PheSii());
    }
}
