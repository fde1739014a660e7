# Build stage: compile and package the service with the project's Maven wrapper (bytecode level
# 17), then extract the jar into the layout the class cache is trained on.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY deploy/TrainingLoad.java deploy/
RUN ./mvnw -B -q package -DskipTests \
 && cp target/password-stage-service-*.jar /service.jar \
 && java -Djarmode=tools -jar /service.jar extract --destination /app \
 && javac -d /app/training deploy/TrainingLoad.java

# Run stage: Java 25's JRE, the extracted service, its JVM options (deploy/jvm.options, the same
# file the benchmark starts the service with) and an ahead-of-time cache trained here, on this JRE,
# by serving the steady state's requests (TrainingLoad, compiled above) against a throwaway
# PostgreSQL: the classes and the method profiles of serving.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 service && useradd --system --uid 10001 --gid service --no-create-home service
WORKDIR /app
COPY --from=build /app /app
COPY deploy/jvm.options deploy/train-aot.sh /app/
RUN apt-get update -q && apt-get install -y -q --no-install-recommends postgresql \
 && pg_ctlcluster "$(ls /etc/postgresql)" main start \
 && su postgres -c "psql -q -c \"alter user postgres password 'training'\"" \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/postgres SPRING_DATASOURCE_PASSWORD=training \
    /app/train-aot.sh /app \
 && pg_ctlcluster "$(ls /etc/postgresql)" main stop \
 && apt-get purge -y -q --auto-remove 'postgresql*' \
 && rm -rf /var/lib/apt/lists/* /var/lib/postgresql /etc/postgresql /app/train-aot.sh /app/training \
 && chmod -R a+rX /app
ENV MALLOC_ARENA_MAX=2
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
# the jar by the relative name it was trained with: a class cache only serves the same class path
ENTRYPOINT ["java", "@jvm.options", "-jar", "service.jar"]
