package org.partnerengine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The entities are final classes, so Hibernate generates no proxy class for them when the app
 * starts (with ByteBuddy: about 6 % of the start's main-thread CPU). None is needed: no entity has
 * a lazy to-one association or is read by reference. An entity that needs lazy loading gives this
 * up knowingly, here.
 */
@DatabaseTest
class EntityProxiesTest {

  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void noEntityHasAProxyClassMadeAtStart() {
    MappingMetamodel metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
    List<EntityPersister> entities = metamodel.streamEntityDescriptors().toList();

    assertThat(entities).as("the app's entities").hasSizeGreaterThan(30);
    assertThat(entities)
        .filteredOn(entity -> entity.getRepresentationStrategy().getProxyFactory() != null)
        .extracting(EntityPersister::getEntityName)
        .as("entities Hibernate makes a proxy class for at start: make them final classes")
        .isEmpty();
  }
}
