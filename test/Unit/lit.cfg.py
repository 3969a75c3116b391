# -*- Python -*-
# Runs every GoogleTest binary under build/unittests, one lit test per case,
# so that the unit tests count in the same summary as the lit tests.
import os

import lit.formats

config.name = "SPARSEACCEL-Unit"
config.suffixes = []
config.test_exec_root = config.unit_test_dir
config.test_source_root = config.unit_test_dir
config.test_format = lit.formats.GoogleTest(".", "Tests")
