#!/bin/sh
# Writes security.json for an Arshif cluster from security-template.json: three users with Solr's salted SHA-256
# credentials (base64(sha256(sha256(salt + password))) and base64(salt), as Solr's Sha256AuthenticationProvider
# checks them). The passwords come from the environment, never from the repository:
#   ARSHIF_ADMIN_PASSWORD=… ARSHIF_INDEXER_PASSWORD=… ARSHIF_READER_PASSWORD=… ./security-json.sh > security.json
# admin: everything; indexer: search and update; reader: search only (a newsroom's read-only users).
set -eu
here=$(dirname "$0")
credential() {
  salt=$(openssl rand 32 | base64 | tr -d '\n')
  hash=$( { printf '%s' "$salt" | base64 -d; printf '%s' "$1"; } | openssl dgst -sha256 -binary \
          | openssl dgst -sha256 -binary | base64 | tr -d '\n')
  printf '%s %s' "$hash" "$salt"
}
: "${ARSHIF_ADMIN_PASSWORD:?set ARSHIF_ADMIN_PASSWORD}"
: "${ARSHIF_INDEXER_PASSWORD:?set ARSHIF_INDEXER_PASSWORD}"
: "${ARSHIF_READER_PASSWORD:?set ARSHIF_READER_PASSWORD}"
sed -e "s|@admin@|$(credential "$ARSHIF_ADMIN_PASSWORD")|" \
    -e "s|@indexer@|$(credential "$ARSHIF_INDEXER_PASSWORD")|" \
    -e "s|@reader@|$(credential "$ARSHIF_READER_PASSWORD")|" "$here/security-template.json"
