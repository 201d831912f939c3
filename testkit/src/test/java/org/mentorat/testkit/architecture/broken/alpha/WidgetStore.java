package org.mentorat.testkit.architecture.broken.alpha;

import org.mentorat.testkit.architecture.broken.beta.Gadgets;

/** A store that another feature uses, in a feature that depends on that feature back (a cycle). */
public class WidgetStore {

    public int count(Gadgets gadgets) {
        return gadgets.hashCode();
    }
}
