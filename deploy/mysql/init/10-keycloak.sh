#!/bin/bash
# Keycloak's own database and user, created once when the MySQL volume is first initialised.
# Sourced (not executable on purpose) by the mysql image's entrypoint, which provides
# docker_process_sql and runs with set -eo pipefail.
docker_process_sql --database=mysql <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
