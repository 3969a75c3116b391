// RUN: sparse-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{loop bound must be >= 1, got 0}}
func.func @f() attributes {m = #accel.loop<"d0", 0, "temporal">} { return }

// -----

// expected-error @+1 {{loop kind must be "temporal", "spatial_x" or "spatial_y"}}
func.func @f() attributes {m = #accel.loop<"d0", 4, "diagonal">} { return }

// -----

// expected-error @+1 {{loops must be #accel.loop attributes}}
func.func @f() attributes {m = #accel.level<"RF", loops = [1 : i64], keep = []>} { return }

// -----

// expected-error @+1 {{a mapping needs at least one level}}
func.func @f() attributes {m = #accel.mapping<[]>} { return }

// -----

// expected-error @+1 {{levels must be #accel.level attributes}}
func.func @f() attributes {m = #accel.mapping<["LRF"]>} { return }

// -----

// expected-error @+1 {{storage 'RF': mesh 3x1 does not divide 4 instances}}
func.func @f() attributes {s = #accel.storage<name = "RF", word_bits = 8, instances = 4, mesh_x = 3, energy = {}>} { return }

// -----

// expected-error @+1 {{storage 'RF': unknown action 'reed' in energy}}
func.func @f() attributes {s = #accel.storage<name = "RF", word_bits = 8, energy = {reed = 1.0 : f64}>} { return }

// -----

// expected-error @+1 {{energy of 'random_read' must be >= 0}}
func.func @f() attributes {s = #accel.storage<name = "RF", word_bits = 8, energy = {random_read = -1.0 : f64}>} { return }

// -----

// expected-error @+1 {{compute energy actions are random, gated and skipped, not 'mac'}}
func.func @f() attributes {c = #accel.compute<name = "MAC", word_bits = 8, energy = {mac = 1.0 : f64}>} { return }

// -----

// expected-error @+1 {{unknown rank format 'CSR' (expected U, B, CP, UOP, RLE or UB)}}
func.func @f() attributes {r = #accel.rank<format = "CSR">} { return }

// -----

// expected-error @+1 {{'Inputs' cannot be conditioned on itself}}
func.func @f() attributes {c = #accel.cond<"Inputs" on ["Inputs"]>} { return }

// -----

// expected-error @+1 {{action kind must be gating, skipping, skipping_spatial or position_skipping}}
func.func @f() attributes {a = #accel.action<"eliding", [#accel.cond<"Inputs" on ["Weights"]>]>} { return }

// -----

// expected-error @+1 {{level 'RF' has two formats for 'Weights'}}
func.func @f() attributes {s = #accel.saf<level = "RF", formats = [#accel.format<tensor = "Weights", ranks = [#accel.rank<format = "CP">]>, #accel.format<tensor = "Weights", ranks = [#accel.rank<format = "B">]>]>} { return }

// -----

// expected-error @+1 {{SAF for unknown level 'GLB'}}
func.func @f() attributes {d = #accel.design<name = "x", levels = [#accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {}>], compute = <name = "MAC", word_bits = 8, energy = {}>, safs = [#accel.saf<level = "GLB">], keep = <[#accel.level<"DRAM", loops = [], keep = []>]>>} { return }

// -----

// expected-error @+1 {{keep level 'RF' does not match storage level 'DRAM'}}
func.func @f() attributes {d = #accel.design<name = "x", levels = [#accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {}>], compute = <name = "MAC", word_bits = 8, energy = {}>, safs = [], keep = <[#accel.level<"RF", loops = [], keep = []>]>>} { return }

// -----

// expected-error @+1 {{bad pattern '2:{4': H of '2:{4' must be a positive integer, a set {a,b} or a range {a..b}}}
func.func @f() attributes {d = #accel.design<name = "x", levels = [#accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {}>], compute = <name = "MAC", word_bits = 8, energy = {}>, safs = [], keep = <[#accel.level<"DRAM", loops = [], keep = []>]>, patterns = {Weights = ["2:{4"]}>} { return }

// -----

// expected-error @+1 {{bad format choice "UOP" (expected CP, B or RLE, optionally with metadata bits: CP(4))}}
func.func @f() attributes {d = #accel.design<name = "x", levels = [#accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {}>], compute = <name = "MAC", word_bits = 8, energy = {}>, safs = [], keep = <[#accel.level<"DRAM", loops = [], keep = []>]>, format_choices = {Weights = ["UOP"]}>} { return }
