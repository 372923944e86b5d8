package org.tahub.matching.classification;

import java.util.List;

/**
 * A multinomial logistic regression from a statement's features to the 11 areas, trained by full-batch gradient
 * descent with momentum and L2 regularisation. Deterministic: the same exemplars give the same model.
 */
final class AreaModel {

    private final List<String> areas;
    private final double[][] weights;
    private final double[] bias;

    private AreaModel(List<String> areas, double[][] weights, double[] bias) {
        this.areas = areas;
        this.weights = weights;
        this.bias = bias;
    }

    List<String> areas() {
        return areas;
    }

    /**
     * @param features one row per example
     * @param labels   for each example, the areas it belongs to (its probability mass is shared among them)
     * @param sampleWeights how much each example counts
     */
    static AreaModel train(List<String> areas, double[][] features, List<List<String>> labels, double[] sampleWeights,
                           double l2, int iterations, double learningRate) {
        int k = areas.size();
        int d = features[0].length;
        int n = features.length;
        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[][] vw = new double[k][d];
        double[] vb = new double[k];
        double[][] target = new double[n][k];
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            for (String a : labels.get(i)) {
                target[i][areas.indexOf(a)] = 1.0 / labels.get(i).size();
            }
            totalWeight += sampleWeights[i];
        }
        double momentum = 0.9;
        double[] p = new double[k];
        for (int it = 0; it < iterations; it++) {
            double[][] gw = new double[k][d];
            double[] gb = new double[k];
            for (int i = 0; i < n; i++) {
                softmax(w, b, features[i], p);
                for (int c = 0; c < k; c++) {
                    double g = (p[c] - target[i][c]) * sampleWeights[i] / totalWeight;
                    if (g == 0) {
                        continue;
                    }
                    gb[c] += g;
                    double[] row = gw[c];
                    double[] x = features[i];
                    for (int j = 0; j < d; j++) {
                        row[j] += g * x[j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    vw[c][j] = momentum * vw[c][j] - learningRate * (gw[c][j] + l2 * w[c][j]);
                    w[c][j] += vw[c][j];
                }
                vb[c] = momentum * vb[c] - learningRate * gb[c];
                b[c] += vb[c];
            }
        }
        return new AreaModel(List.copyOf(areas), w, b);
    }

    double[] probabilities(double[] x) {
        double[] p = new double[areas.size()];
        softmax(weights, bias, x, p);
        return p;
    }

    private static void softmax(double[][] w, double[] b, double[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double z = b[c];
            double[] row = w[c];
            for (int j = 0; j < x.length; j++) {
                z += row[j] * x[j];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }
}
