# newsflow: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t newsflow .
#   docker run --rm -e NEWSFLOW_BOOTSTRAP_SERVERS=kafka:9092 -p 9464:9464 newsflow run
#   docker run --rm -e NEWSFLOW_BOOTSTRAP_SERVERS=kafka:9092 newsflow topics apply

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# dependencies first, in their own layer, so a source change does not download them again
COPY pom.xml ./
RUN mvn -B -q -DskipTests dependency:go-offline
COPY src ./src
# topics/ is packaged into the jar (the source of truth for `newsflow topics apply`)
COPY topics ./topics
RUN mvn -B -q -o -DskipTests package

FROM eclipse-temurin:17-jre
# a fixed numeric uid/gid so Kubernetes' runAsNonRoot can verify it and volumes can be chowned to it
RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin newsflow \
 && mkdir -p /var/lib/newsflow \
 && chown 10001:10001 /var/lib/newsflow
WORKDIR /app
COPY --from=build /src/target/lib/ /app/lib/
COPY --from=build /src/target/newsflow.jar /app/newsflow.jar

# container-aware heap: a share of the cgroup memory limit rather than of the host's memory
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    NEWSFLOW_METRICS_PORT=9464 \
    NEWSFLOW_STATE_DIR=/var/lib/newsflow
USER 10001:10001
EXPOSE 9464
VOLUME ["/var/lib/newsflow"]

# bash's /dev/tcp keeps the check free of curl/wget, which the JRE image need not have
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${NEWSFLOW_METRICS_PORT:-9464} && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/newsflow.jar \"$@\"", "newsflow"]
CMD ["run"]
