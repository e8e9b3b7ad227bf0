package org.pcref.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.*;
import java.util.*;
import org.pcref.framework.*;

/**
 * How well an in-process sentence-embedding model (all-MiniLM-L6-v2, quantised, on ONNX Runtime)
 * ranks the framework's passages for the question sets: whether a passage an answer must quote is
 * among its three nearest, how long loading and one question take, and the heap it needs.
 */
public class RankerProbe {
  /** A passage of the framework, and where it stands. */
  record P(String place, String text) {}

  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    model.embed("warm up");
    long t1 = System.nanoTime();
    System.out.printf("model load + first embed: %.0f ms%n", (t1 - t0) / 1e6);
    Framework f = FrameworkLoader.bundled();
    List<P> ps = new ArrayList<>();
    for (Competency c : f.competencies()) {
      ps.add(new P(c.name() + " definition", c.definition()));
      for (Aim aim : c.aims()) ps.add(new P(c.name() + " aim", aim.text() + " " + String.join(" ", aim.items())));
      for (Level l : Level.values()) for (String d : c.descriptors(l)) ps.add(new P(c.name() + " — " + l.label(), d));
    }
    long t2 = System.nanoTime();
    List<float[]> vs = new ArrayList<>();
    for (P p : ps) vs.add(model.embed(p.text()).content().vector());
    System.out.printf("%d passages embedded in %.0f ms%n", ps.size(), (System.nanoTime() - t2) / 1e6);
    // per-query latency
    List<Long> lat = new ArrayList<>();
    int hit = 0;
    int n = 0;
    for (String file : a) {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.isBlank() || line.startsWith("#") || !line.contains("=>")) continue;
        String[] qe = line.split("=>", 2);
        String[] turns = qe[0].split(";;");
        String q = turns[turns.length - 1].strip();
        if (turns.length > 1) continue;
        List<String> expected = new ArrayList<>();
        for (String e : qe[1].split("&&")) { e = e.strip(); if (!e.startsWith("!") && !e.contains("—") && e.split(" ").length >= 3) expected.add(e.toLowerCase()); }
        if (expected.isEmpty()) continue;
        long s = System.nanoTime();
        float[] v = model.embed(q).content().vector();
        lat.add(System.nanoTime() - s);
        // top 3 passages
        Integer[] idx = new Integer[ps.size()];
        double[] sc = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) { idx[i] = i; sc[i] = dot(v, vs.get(i)); }
        Arrays.sort(idx, (x1, x2) -> Double.compare(sc[x2], sc[x1]));
        String top = (ps.get(idx[0]).text() + " " + ps.get(idx[1]).text() + " " + ps.get(idx[2]).text()).toLowerCase();
        boolean ok = expected.stream().anyMatch(top::contains);
        n++; if (ok) hit++;
      }
      System.out.printf("%s: some expected passage in the top 3 for %d of %d questions (%.1f%%)%n", Path.of(file).getFileName(), hit, n, 100.0 * hit / n);
      hit = 0; n = 0;
    }
    Collections.sort(lat);
    System.out.printf("embed one question: p50 %.2f ms, p99 %.2f ms (n=%d)%n", lat.get(lat.size() / 2) / 1e6, lat.get((int) (lat.size() * 0.99)) / 1e6, lat.size());
    Runtime r = Runtime.getRuntime();
    System.gc();
    System.out.printf("heap used after: %d MB%n", (r.totalMemory() - r.freeMemory()) >> 20);
  }

  static double dot(float[] a, float[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
}
