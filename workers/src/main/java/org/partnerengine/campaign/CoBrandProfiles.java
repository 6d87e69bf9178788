package org.partnerengine.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoBrandProfiles extends JpaRepository<CoBrandProfile, Long> {}
