package org.partnerengine.prediction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChurnModels extends JpaRepository<ChurnModel, Long> {

  Optional<ChurnModel> findFirstByStatusOrderByIdDesc(ModelStatus status);

  Optional<ChurnModel> findByProcessInstanceKey(long processInstanceKey);

  List<ChurnModel> findTop20ByOrderByIdDesc();
}
