# Builds the app from source and runs it on a JRE. Used by docker-compose.yml (remote mode).
FROM eclipse-temurin:21.0.8_9-jdk-noble AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY processes/pom.xml processes/pom.xml
COPY workers/pom.xml workers/pom.xml
COPY engine-embedded/pom.xml engine-embedded/pom.xml
COPY api/pom.xml api/pom.xml
# Dependencies first, so a source change does not download them again.
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=org.partnerengine || true
COPY processes processes
COPY workers workers
COPY engine-embedded engine-embedded
COPY api api
# The production artifact: no embedded engine inside (the build fails if one slips in).
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21.0.8_9-jre-noble
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 partner-engine
COPY --from=build /src/api/target/partner-engine.jar /app/partner-engine.jar
USER partner-engine
# Dev users (password = username) never exist in the image, whatever profile it runs with.
ENV PARTNER_ENGINE_SECURITY_DEV_USERS_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/partner-engine.jar"]
