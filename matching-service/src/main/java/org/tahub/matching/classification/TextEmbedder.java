package org.tahub.matching.classification;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), which ships inside its Maven artifact and runs in-process on
 * ONNX Runtime: nothing is downloaded at run time. Vectors are normalised, so a dot product is a cosine.
 */
public final class TextEmbedder {

    private final EmbeddingModel model;

    public TextEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * The exemplars' vectors, for the whole process: the same model gives the same vector, so every embedder (the
     * service's, and those the accuracy tests build) embeds an exemplar once, however often the classifier is rebuilt.
     * Embedding the 6,657 exemplars of the six languages takes one to two minutes on two cores.
     */
    private static final java.util.Map<String, float[]> EXEMPLARS = new java.util.concurrent.ConcurrentHashMap<>();

    /** As {@link #embed}, remembered: the exemplars are embedded once however often the classifier is rebuilt. */
    public float[] embedExemplar(String text) {
        return EXEMPLARS.computeIfAbsent(text, this::embed);
    }

    public float[] embed(String text) {
        float[] v = model.embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
