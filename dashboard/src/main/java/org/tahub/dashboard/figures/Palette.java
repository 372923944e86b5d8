package org.tahub.dashboard.figures;

import java.util.List;

/**
 * Colours every chart uses, safe for the common colour-vision deficiencies: the Okabe-Ito qualitative palette for
 * categories, and a viridis ramp (perceptually uniform, readable in grey) for quantities.
 */
public final class Palette {

    public static final List<String> QUALITATIVE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");
    public static final List<String> SEQUENTIAL = List.of("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487",
            "#440154");

    private Palette() {
    }
}
