# Runtime image for docker-compose.yml. Build the jar first: ./mvnw -pl api -am package -DskipTests
FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/sellersync sellersync && mkdir -p /var/lib/sellersync \
    && chown sellersync /var/lib/sellersync
COPY api/target/sellersync.jar /opt/sellersync/sellersync.jar
USER sellersync
ENV SELLERSYNC_DATA_DIR=/var/lib/sellersync
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/sellersync/sellersync.jar"]
