package org.partnerengine.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partnerengine.account.PortalAccounts;
import org.partnerengine.security.SecurityConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What every web-slice test adds to {@code @WebMvcTest}: the real security rules (with the dev
 * users of the embedded default) and the body size limit. Portal accounts are mocked: no partner
 * user logs in through HTTP Basic in a slice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfiguration.class, RequestSizeLimit.class})
@MockitoBean(types = PortalAccounts.class)
public @interface ApiSliceTest {}
