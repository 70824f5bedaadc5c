# Builds Baton from this repository and runs it; used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package && cp target/baton-*.jar /baton.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /opt/baton baton && mkdir -p /opt/baton/data && chown -R baton /opt/baton
WORKDIR /opt/baton
COPY --from=build /baton.jar /opt/baton/baton.jar
USER baton
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/opt/baton/baton.jar"]
