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
