#!/bin/bash
# usage: tools/probes/year-of.sh PROBE_FILE — the reporting year a probe file is written for, by its name: a file whose
# name says -y2024 (round 51 on) is 2024's report, every other file 2023's. mergecheck.sh and probediff.sh use it.
case "$1" in *-y2024*) echo 2024;; *) echo 2023;; esac
