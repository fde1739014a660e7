#!/bin/sh
# Trains the ahead-of-time class cache (JDK 24+) of an extracted service jar: starts the service
# once with jvm.options (less the cache it is about to write) against the database that
# SPRING_DATASOURCE_* name, and stops it as soon as its context has started, leaving app.aot.
#
#   deploy/train-aot.sh DIR [JAR]    DIR holds jvm.options and the extracted JAR (service.jar)
set -eu
dir=$1
jar=${2:-service.jar}
java=${JAVA:-java}
cd "$dir"
grep -v -- '-XX:AOTCache=' jvm.options >training.options
"$java" @training.options -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$jar"
rm training.options
test -s app.aot
