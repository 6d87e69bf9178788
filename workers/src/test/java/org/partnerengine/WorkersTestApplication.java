package org.partnerengine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration root that the workers module's slice tests start from. */
@SpringBootApplication
public class WorkersTestApplication {}
