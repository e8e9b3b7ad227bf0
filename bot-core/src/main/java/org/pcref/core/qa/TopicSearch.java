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

  private static final int MOST_REMEMBERED = 10_000;

  private final Map<String, java.util.Optional<String>> closestOf =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The analysed words of each passage, to tell how much of a topic a hit covers. */
  private final List<Set<String>> wordsOfPassage = new ArrayList<>();

  /** The same, in their order, to tell whether a hit has a topic's words together. */
  private final List<List<String>> sequenceOfPassage = new ArrayList<>();

  /** For an analysed word, the framework's words that mean the same (each a word or a phrase). */
  private final Map<String, List<List<String>>> synonyms;

  /** A hit and how many of the topic's words it has (a word counts when any of its forms does). */
  record Hit(Passage passage, int covered, int of, boolean asAPhrase, int order) {

    /**
     * Whether the hit is about the topic rather than sharing a chance word with it: it has more
     * than half the topic's words, or two of them at least.
     */
    boolean relevant() {
      return covered * 2 > of || covered >= 2;
    }
  }

  TopicSearch(Framework framework) {
    for (Competency c : framework.competencies()) {
      passages.add(new Passage(c, Passage.Part.DEFINITION, null, c.definition()));
      for (Aim aim : c.aims()) {
        passages.add(new Passage(c, Passage.Part.AIM, null, aim.text(), aim.items()));
      }
      for (Level level : Level.values()) {
        for (String descriptor : c.descriptors(level)) {
          passages.add(new Passage(c, Passage.Part.DESCRIPTOR, level, descriptor));
        }
      }
    }
    for (Passage passage : passages) {
      List<String> words = analysed(bothWays(passage.searched()));
      sequenceOfPassage.add(List.copyOf(words));
      wordsOfPassage.add(Set.copyOf(words));
    }
    this.synonyms = synonyms(framework.synonyms());
    DirectoryReader reader = index();
    this.searcher = new IndexSearcher(reader);
    // A few hundred passages in memory: caching queries costs more than running them again.
    this.searcher.setQueryCache(null);
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

  private DirectoryReader index() {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < passages.size(); i++) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, bothWays(passages.get(i).searched()), Field.Store.NO));
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
    return find(topic, max).stream()
        .filter(hit -> !strict || hit.covered() * 2 >= hit.of())
        .map(Hit::passage)
        .toList();
  }

  /**
   * A topic of more words than this is a sentence, not a phrase the framework could have: looking
   * for it word by word in order costs more than it finds.
   */
  private static final int LONGEST_PHRASE = 4;

  /** The passages that best match {@code topic}, best first, with how much of it each covers. */
  List<Hit> find(String topic, int max) {
    List<String> terms = analysed(bothWays(topic)).stream().distinct().toList();
    // a hyphenated word is searched both ways, so its words never stand together in one
    boolean plain = bothWays(topic).equals(topic);
    if (terms.isEmpty()) {
      return List.of();
    }
    // Which words are real English is asked only of a word the framework does not use, when a
    // typo correction is in question: most questions never read the word list.
    Set<String> real = null;
    List<List<List<String>>> forms = new ArrayList<>(terms.size());
    for (String term : terms) {
      if (real == null && !vocabulary.contains(term)) {
        real = realWords(topic);
      }
      forms.add(formsOf(term, real != null && real.contains(term)));
    }
    if (forms.stream().allMatch(List::isEmpty)) {
      return List.of(); // no word the framework uses: nothing to search for
    }
    try {
      List<Hit> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query(terms, forms), max).scoreDocs) {
        int passage = passageOfDocument[hit.doc];
        found.add(
            new Hit(
                passages.get(passage),
                covered(forms, passage),
                terms.size(),
                plain && terms.size() > 1 && together(terms, sequenceOfPassage.get(passage)),
                passage));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the framework", e);
    }
  }

  /**
   * Whether two of the topic's words, next to each other in the topic, stand in that order in
   * {@code text}, at most two words apart: "community champions", but not "community ... the
   * workforce champions".
   */
  private static boolean together(List<String> terms, List<String> text) {
    for (int t = 0; t + 1 < terms.size(); t++) {
      for (int i = 0; i < text.size(); i++) {
        if (text.get(i).equals(terms.get(t))) {
          for (int j = i + 1; j < text.size() && j <= i + 3; j++) {
            if (text.get(j).equals(terms.get(t + 1))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private int covered(List<List<List<String>>> forms, int passage) {
    Set<String> words = wordsOfPassage.get(passage);
    int covered = 0;
    for (List<List<String>> word : forms) {
      if (word.stream().anyMatch(words::containsAll)) {
        covered++;
      }
    }
    return covered;
  }

  private Query query(List<String> terms, List<List<List<String>>> forms) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (List<List<String>> word : forms) {
      words.add(anyOf(word), Occur.SHOULD);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
    if (terms.size() > 1 && terms.size() <= LONGEST_PHRASE) {
      PhraseQuery phrase = new PhraseQuery(2, TEXT, terms.toArray(String[]::new));
      query.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
    }
    return query.build();
  }

  /** One word of a topic, matched in any of its forms; the typed form counts most. */
  private Query anyOf(List<List<String>> forms) {
    if (forms.isEmpty()) {
      return new BooleanQuery.Builder().build();
    }
    if (forms.size() == 1 && forms.get(0).size() == 1) {
      return indexed(forms.get(0).get(0));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i < forms.size(); i++) {
      List<String> form = forms.get(i);
      Query query =
          form.size() == 1
              ? indexed(form.get(0))
              : new PhraseQuery(1, TEXT, form.toArray(String[]::new));
      any.add(i == 0 ? query : new BoostQuery(query, 0.5f), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * The forms a topic's word is searched in: the word itself when the framework uses it, otherwise
   * the framework's closest word, for a typo ("advocasy"); then the synonyms of either. Of two
   * words equally close, the first alphabetically. Correcting against the index's own few hundred
   * words costs far less than a fuzzy query.
   */
  private List<List<String>> formsOf(String term, boolean real) {
    List<List<String>> forms = new ArrayList<>();
    String known = vocabulary.contains(term) ? term : real ? null : closestKnown(term);
    if (known != null) {
      forms.add(List.of(known));
    }
    for (List<String> synonym : synonyms.getOrDefault(term, List.of())) {
      if (vocabulary.containsAll(synonym) && !forms.contains(synonym)) {
        forms.add(synonym);
      }
    }
    return forms;
  }

  /**
   * The analysed forms of the topic's words that are real English words: "median" is a word of its
   * own, not a typo of "media".
   */
  private Set<String> realWords(String topic) {
    Set<String> real = new java.util.HashSet<>();
    for (String word : Words.of(topic)) {
      if (word.length() >= 4 && EnglishWords.bundled().has(word)) {
        real.addAll(analysed(word));
      }
    }
    return real;
  }

  /**
   * The closest word, remembered: chat repeats the same few unknown words ("linking", "thinking"),
   * and comparing one with the vocabulary costs more than the rest of a search. Up to a bound, so
   * that arbitrary text cannot fill the memory.
   */
  private String closestKnown(String term) {
    java.util.Optional<String> known = closestOf.get(term);
    if (known == null) {
      known = java.util.Optional.ofNullable(closest(term));
      if (closestOf.size() < MOST_REMEMBERED) {
        closestOf.put(term, known);
      }
    }
    return known.orElse(null);
  }

  private String closest(String term) {
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
    return best;
  }

  /** Each word of a group, analysed, leads to the others: "qi" to "quality improvement". */
  private Map<String, List<List<String>>> synonyms(List<List<String>> groups) {
    Map<String, List<List<String>>> byWord = new HashMap<>();
    for (List<String> group : groups) {
      List<List<String>> members = new ArrayList<>();
      for (String member : group) {
        List<String> words = analysed(bothWays(member));
        if (!words.isEmpty()) {
          members.add(List.copyOf(words));
        }
      }
      for (List<String> member : members) {
        if (member.size() == 1) {
          for (List<String> other : members) {
            if (!other.equals(member)) {
              byWord.computeIfAbsent(member.get(0), w -> new ArrayList<>()).add(other);
            }
          }
        }
      }
    }
    return Map.copyOf(byWord);
  }

  /** A word of the vocabulary, searched for where the index is known to hold it. */
  private Query indexed(String word) {
    return new TermQuery(new Term(TEXT, word), whereIs.get(word));
  }

  private List<String> analysed(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
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
