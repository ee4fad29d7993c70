#!/bin/sh
# Lays the five bundled pages out as a dated archive, each page under the day it was probably
# printed (guessed from the latest day its reports name), so that questions naming a day can be
# evaluated as a reader of a dated archive asks them:
#   tools/dated-seeds.sh /tmp/dated && java -jar target/baoku.jar eval --qa FILE --corpus /tmp/dated --index DIR
set -eu
out=${1:?usage: tools/dated-seeds.sh DIR}
seeds=$(dirname "$0")/../../shared/seeds
paper="$out/劳动午报"
for pair in 000:2022-11-25 001:2022-05-16 002:2020-02-10 003:2020-03-06 004:2022-06-04; do
  page=${pair%%:*}
  day=${pair#*:}
  mkdir -p "$paper/$day"
  cp "$seeds"/"$page"_*.txt "$paper/$day/"
done
echo "$out: the bundled pages under their days of print"
