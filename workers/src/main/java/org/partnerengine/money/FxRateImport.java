package org.partnerengine.money;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * fx-rate-import: reads the configured source (ECB XML or CSV, a file or a classpath resource) and
 * stores the rates it does not have yet.
 *
 * <p>A Spring schedule, not a BPMN timer process: the import has no person in it, no decision a
 * business person changes, nothing to wait for and no step that could be half done; what it needs
 * is what the database gives (a unique date and currency pair, so two app instances or a second run
 * add each rate once). A process would add engine records four times a day to show a single service
 * task. A failed read changes nothing (the file is read whole before anything is stored), is logged
 * with the source and the line, and is tried again at the next interval.
 */
@Service
public class FxRateImport {

  private static final Logger log = LoggerFactory.getLogger(FxRateImport.class);

  private final FxRates rates;
  private final MoneySettings settings;
  private final ResourceLoader resources;
  private final ApplicationEventPublisher events;

  public FxRateImport(FxRates rates, MoneySettings settings, ResourceLoader resources, ApplicationEventPublisher events) {
    this.rates = rates;
    this.settings = settings;
    this.resources = resources;
    this.events = events;
  }

  /** Reads the configured source and stores its new rates; answers how many were new. */
  public int run() throws IOException {
    MoneySettings.FxRateImportSettings source = settings.fxRateImport();
    return importFrom(resource(source.source()), source.format());
  }

  /** Runs the import and logs a failure instead of throwing: the schedule tries again later. */
  public void runLogged() {
    try {
      int added = run();
      log.info("fx-rate-import: {} new rates from {}", added, settings.fxRateImport().source());
    } catch (IOException | RuntimeException e) {
      log.error("fx-rate-import from {} failed; the stored rates stay as they are: {}", settings.fxRateImport().source(), e.getMessage(), e);
    }
  }

  int importFrom(Resource resource, String format) throws IOException {
    List<FxQuote> quotes;
    try (InputStream in = resource.getInputStream()) {
      quotes = format.equals("CSV") ? FxRateFiles.readCsv(in, settings.fxRateImport().csvBaseCurrency()) : FxRateFiles.readEcb(in);
    }
    int added = rates.store(quotes);
    events.publishEvent(new FxRatesImported(added));
    return added;
  }

  private Resource resource(String location) {
    return location.startsWith("classpath:") || location.startsWith("file:")
        ? resources.getResource(location)
        : new FileSystemResource(location);
  }
}
