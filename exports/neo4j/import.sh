#!/bin/sh
# Bulk-loads this folder into a new Neo4j 5 database with neo4j-admin. The
# database must be stopped (or not exist yet); its content is replaced.
#   sh import.sh [DATABASE]      default: neo4j
# NEO4J_ADMIN names the neo4j-admin command (default: neo4j-admin on PATH).
# Written by techgraph; list items are joined with ARRAY_DELIMITER below.
set -eu
ARRAY_DELIMITER=';'
cd "$(dirname "$0")"
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full \
  --overwrite-destination=true \
  --id-type=string \
  --array-delimiter="$ARRAY_DELIMITER" \
  --multiline-fields=true \
  --nodes=nodes-family.csv \
  --nodes=nodes-version.csv \
  --nodes=nodes-model.csv \
  --nodes=nodes-technique.csv \
  --nodes=nodes-motivation.csv \
  --nodes=nodes-source.csv \
  --relationships=relationships.csv \
  "${1:-neo4j}"
