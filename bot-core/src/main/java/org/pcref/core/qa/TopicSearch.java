package org.pcref.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.pcref.framework.Aim;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * A full-text index over every definition, aim and descriptor of the framework, in memory, with
 * English stemming ("champions" finds "champion") and tolerance of small typos. Hyphenated words
 * are indexed both ways, so "co-design" and "codesign" find each other.
 */
final class TopicSearch {

  private static final String TEXT = "text";
  private static final String PASSAGE = "passage";
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)[-‑–](\\p{L}+)");

  private final List<Passage> passages = new ArrayList<>();
  private final Analyzer analyzer = new StemmingAnalyzer();
  private final IndexSearcher searcher;
  private final Set<String> vocabulary;

  /** The passage of each document, read once: reading stored fields at every hit costs more. */
  private final int[] passageOfDocument;

  /**
   * Where each word of the vocabulary is in the index, looked up once rather than at every search;
   * only read after, so searches on several threads share them.
   */
  private final Map<String, TermStates> whereIs;

  TopicSearch(Framework framework) {
    for (Competency c : framework.competencies()) {
      passages.add(new Passage(c, Passage.Part.DEFINITION, null, c.definition()));
      for (Aim aim : c.aims()) {
        passages.add(new Passage(c, Passage.Part.AIM, null, withItems(aim)));
      }
      for (Level level : Level.values()) {
        for (String descriptor : c.descriptors(level)) {
          passages.add(new Passage(c, Passage.Part.DESCRIPTOR, level, descriptor));
        }
      }
    }
    DirectoryReader reader = index();
    this.searcher = new IndexSearcher(reader);
    this.vocabulary = vocabulary(reader);
    this.passageOfDocument = passageOfDocument(reader);
    this.whereIs = whereIs(searcher, vocabulary);
  }

  private static Map<String, TermStates> whereIs(IndexSearcher searcher, Set<String> vocabulary) {
    Map<String, TermStates> where = new HashMap<>();
    try {
      for (String word : vocabulary) {
        where.put(word, TermStates.build(searcher, new Term(TEXT, word), true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(where);
  }

  private static int[] passageOfDocument(DirectoryReader reader) {
    int[] passage = new int[reader.maxDoc()];
    try {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < passage.length; doc++) {
        passage[doc] = stored.document(doc).getField(PASSAGE).numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passage;
  }

  /**
   * The index's words in its own (alphabetical) order, so that a tie between typos always goes the
   * same way.
   */
  private static Set<String> vocabulary(DirectoryReader reader) {
    Set<String> words = new LinkedHashSet<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, TEXT);
      TermsEnum each = terms.iterator();
      for (var term = each.next(); term != null; term = each.next()) {
        words.add(term.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSet(words);
  }

  private static String withItems(Aim aim) {
    return aim.items().isEmpty() ? aim.text() : aim.text() + " " + String.join("; ", aim.items());
  }

  private DirectoryReader index() {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < passages.size(); i++) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, bothWays(passages.get(i).text()), Field.Store.NO));
        doc.add(new StoredField(PASSAGE, i));
        writer.addDocument(doc);
      }
      writer.commit();
      return DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not index the framework", e);
    }
  }

  /**
   * The passages that best match {@code topic}, best first. When {@code strict}, at least half of
   * the topic's words must match, so that a chance word in an unrelated message finds nothing.
   */
  List<Passage> search(String topic, int max, boolean strict) {
    List<String> terms = terms(topic);
    if (terms.isEmpty()) {
      return List.of();
    }
    try {
      List<Passage> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query(terms, strict), max).scoreDocs) {
        found.add(passages.get(passageOfDocument[hit.doc]));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the framework", e);
    }
  }

  private Query query(List<String> terms, boolean strict) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : terms) {
      words.add(termQuery(term), Occur.SHOULD);
    }
    if (strict) {
      words.setMinimumNumberShouldMatch((terms.size() + 1) / 2);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
    if (terms.size() > 1) {
      PhraseQuery phrase = new PhraseQuery(2, TEXT, terms.toArray(String[]::new));
      query.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * The term itself when the framework uses it; otherwise the framework's closest word, for a typo
   * ("advocasy"), weighted lower; of two words equally close, the first alphabetically. Correcting
   * against the index's own few hundred words costs far less than a fuzzy query.
   */
  private Query termQuery(String term) {
    if (vocabulary.contains(term)) {
      return indexed(term);
    }
    int allowed = Typos.allowedFor(term.length());
    String best = null;
    int bestTypos = allowed + 1;
    for (String word : vocabulary) {
      if (word.charAt(0) == term.charAt(0)) {
        int typos = Typos.distance(term, word, allowed);
        if (typos < bestTypos) {
          best = word;
          bestTypos = typos;
        }
      }
    }
    return best == null ? new TermQuery(new Term(TEXT, term)) : new BoostQuery(indexed(best), 0.5f);
  }

  /** A word of the vocabulary, searched for where the index is known to hold it. */
  private Query indexed(String word) {
    return new TermQuery(new Term(TEXT, word), whereIs.get(word));
  }

  private List<String> terms(String topic) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, bothWays(topic))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** "co-design" becomes "co-design codesign", so either spelling finds the other. */
  private static String bothWays(String text) {
    if (text.indexOf('-') < 0 && text.indexOf('‑') < 0 && text.indexOf('–') < 0) {
      return text; // most topics have no hyphen, and looking for one letter by letter is slow
    }
    return HYPHENATED.matcher(text).replaceAll("$1-$2 $1$2");
  }

  private static final class StemmingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new EnglishPossessiveFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      stream = new PorterStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  }
}
