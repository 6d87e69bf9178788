package org.partnerengine.region;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.UnstartedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the launches that were stored as LAUNCHING but never started (the engine did not answer,
 * or the app stopped first). The process's first step binds its instance, and a second instance for
 * the same launch ends there.
 */
@Service
public class OrphanRegionLaunches {

  private static final Logger log = LoggerFactory.getLogger(OrphanRegionLaunches.class);

  private final UnstartedProcesses launches;
  private final Regions regions;
  private final RegionLaunchProcess process;

  public OrphanRegionLaunches(
      JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, Regions regions, RegionLaunchProcess process) {
    this.launches = new UnstartedProcesses("region", RegionStatus.LAUNCHING.name(), "launch_requested_at", jdbc, transaction, clock);
    this.regions = regions;
    this.process = process;
  }

  /** Starts a launch for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return launches.sweep(grace, id -> {
      try {
        long instance = process.start(regions.findById(id).orElseThrow());
        log.info("Started the launch of region {}, stored without a process: instance {}", id, instance);
        return true;
      } catch (EngineUnavailable e) {
        log.warn("The launch of region {} is still not started: {}", id, e.getMessage());
        return false;
      }
    });
  }
}
