package org.equitylens.stats.table;

import java.util.List;

/** A family of methods (one peer package, or one area of statistics) offered to the registry. */
public interface MethodProvider {

    List<TableMethod> methods();
}
