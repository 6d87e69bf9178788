package org.partnerengine.instances;

import java.util.Optional;
import org.partnerengine.paging.PageView;

/**
 * Reads process instances from wherever the engine keeps them: the embedded engine's own
 * records, or a remote cluster's search API.
 */
public interface ProcessInstanceReader {

  Optional<ProcessInstanceView> find(long processInstanceKey);

  /** Instances, newest first; only the partner's when {@code partnerId} is given. */
  PageView<ProcessInstanceView.Summary> list(Long partnerId, int page, int size);
}
