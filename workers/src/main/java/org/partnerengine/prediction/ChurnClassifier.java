package org.partnerengine.prediction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A logistic regression over the snapshot features (Tribuo), each feature standardised by the
 * training rows' mean and deviation (a feature that never varied there keeps a scale of 1: it
 * carries no weight). Training is deterministic: a fixed seed and the rows in the caller's order,
 * so the same rows give the same model and the same probabilities. Stored as its scaling followed by
 * Tribuo's own serialised model.
 */
public final class ChurnClassifier {

  static final String CHURN = "CHURN";
  static final String STAY = "STAY";
  private static final LabelFactory LABELS = new LabelFactory();
  private static final long SEED = 20261205L;
  private static final int EPOCHS = 40;

  /** A feature's pull towards churn for one partner: its weight times its standardised value. */
  public record Driver(String feature, double contribution) {}

  private static final int FORMAT = 1;

  private final Model<Label> model;
  private final double[] means;
  private final double[] scales;

  private ChurnClassifier(Model<Label> model, double[] means, double[] scales) {
    this.model = model;
    this.means = means;
    this.scales = scales;
  }

  public static ChurnClassifier train(List<LabelledSnapshot> rows) {
    if (rows.stream().map(LabelledSnapshot::churned).distinct().count() < 2) {
      throw new IllegalArgumentException("Training needs both churned and retained snapshots");
    }
    int width = SnapshotFeatures.NAMES.size();
    double[] means = new double[width];
    double[] scales = new double[width];
    for (LabelledSnapshot row : rows) {
      double[] x = row.features().vector();
      for (int i = 0; i < width; i++) {
        means[i] += x[i] / rows.size();
      }
    }
    for (LabelledSnapshot row : rows) {
      double[] x = row.features().vector();
      for (int i = 0; i < width; i++) {
        scales[i] += (x[i] - means[i]) * (x[i] - means[i]) / rows.size();
      }
    }
    for (int i = 0; i < width; i++) {
      scales[i] = scales[i] > 1e-12 ? Math.sqrt(scales[i]) : 1;
    }
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("partner snapshots", LABELS), LABELS);
    for (LabelledSnapshot row : rows) {
      data.add(example(row.features(), new Label(row.churned() ? CHURN : STAY), means, scales));
    }
    LinearSGDTrainer logistic = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, SEED);
    return new ChurnClassifier(logistic.train(data), means, scales);
  }

  @SuppressWarnings("unchecked")
  public static ChurnClassifier read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        throw new IllegalStateException("A stored churn model has a format this version does not read");
      }
      int width = in.readInt();
      double[] means = new double[width];
      double[] scales = new double[width];
      for (int i = 0; i < width; i++) {
        means[i] = in.readDouble();
        scales[i] = in.readDouble();
      }
      Model<Label> model = (Model<Label>) Model.deserialize(ModelProto.parseFrom(in.readAllBytes()));
      return new ChurnClassifier(model, means, scales);
    } catch (IOException e) {
      throw new IllegalStateException("A stored churn model cannot be read", e);
    }
  }

  public byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(means.length);
      for (int i = 0; i < means.length; i++) {
        out.writeDouble(means[i]);
        out.writeDouble(scales[i]);
      }
      model.serialize().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The probability that the partner churns in the next two quarters. */
  public double probability(SnapshotFeatures features) {
    Prediction<Label> prediction = model.predict(example(features, LABELS.getUnknownOutput(), means, scales));
    return prediction.getOutputScores().get(CHURN).getScore();
  }

  /** The features that pull hardest towards churn for this partner, strongest first. */
  public List<Driver> drivers(SnapshotFeatures features, int top) {
    Example<Label> example = example(features, LABELS.getUnknownOutput(), means, scales);
    List<Pair<String, Double>> scores = model.getExcuse(example).map(e -> e.excuse(CHURN)).orElse(List.of());
    List<Driver> drivers = new ArrayList<>();
    for (Pair<String, Double> score : scores) {
      if (SnapshotFeatures.NAMES.contains(score.getA()) && score.getB() > 0) {
        drivers.add(new Driver(score.getA(), score.getB()));
      }
    }
    drivers.sort(Comparator.comparingDouble(Driver::contribution).reversed().thenComparing(Driver::feature));
    return drivers.subList(0, Math.min(top, drivers.size()));
  }

  private static Example<Label> example(SnapshotFeatures features, Label label, double[] means, double[] scales) {
    double[] x = features.vector();
    for (int i = 0; i < x.length; i++) {
      x[i] = (x[i] - means[i]) / scales[i];
    }
    return new ArrayExample<>(label, SnapshotFeatures.NAMES.toArray(String[]::new), x);
  }
}
