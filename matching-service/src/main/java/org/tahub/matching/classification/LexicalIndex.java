package org.tahub.matching.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Lucene BM25 over the exemplars' texts (English analysis: stop words, stemming), in memory. */
final class LexicalIndex {

    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    LexicalIndex(List<Exemplar> exemplars) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity()))) {
            for (int i = 0; i < exemplars.size(); i++) {
                Document d = new Document();
                d.add(new TextField(TEXT, exemplars.get(i).text(), Field.Store.NO));
                d.add(new StoredField(ORDINAL, i));
                writer.addDocument(d);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exemplar ordinal to its BM25 score divided by the best score of the query (so in (0, 1]). */
    Map<Integer, Double> search(String text, int limit) {
        Map<Integer, Double> scores = new HashMap<>();
        String escaped = QueryParser.escape(text).trim();
        if (escaped.isEmpty()) {
            return scores;
        }
        try {
            QueryParser parser = new QueryParser(TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            Query query = parser.parse(escaped);
            ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
            if (hits.length == 0) {
                return scores;
            }
            double best = hits[0].score;
            for (ScoreDoc hit : hits) {
                int ordinal = searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue();
                scores.put(ordinal, hit.score / best);
            }
            return scores;
        } catch (ParseException e) {
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
