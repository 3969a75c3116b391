// The accel dialect's attributes on operations are checked where the IR is
// read: a wrong type, a missing partner or an unknown name is a located
// error, so no pass, report or translation ever sums over a broken op.
// RUN: sparse-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'func.func' op attribute 'accel.cost' must be a #accel.cost, got "x"}}
func.func @f() attributes {accel.cost = "x", accel.mapping = #accel.mapping<[#accel.level<"RF", loops = [], keep = []>]>} { return }

// -----

// expected-error @+1 {{'func.func' op has accel.cost but no accel.mapping: a cost is the cost of a mapping}}
func.func @f() attributes {accel.cost = #accel.cost<cycles = 1, energy = 1.0 : f64, dense_cycles = 1, dense_energy = 1.0 : f64, evaluated = 1>} { return }

// -----

// expected-error @+1 {{'func.func' op has accel.mapping but no accel.cost}}
func.func @f() attributes {accel.mapping = #accel.mapping<[#accel.level<"RF", loops = [], keep = []>]>} { return }

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.mapping' must be a #accel.mapping, got 3 : i64}}
func.func @f() attributes {accel.cost = #accel.cost<cycles = 1, energy = 1.0 : f64, dense_cycles = 1, dense_energy = 1.0 : f64, evaluated = 1>, accel.mapping = 3} { return }

// -----

// expected-error @+1 {{'func.func' op is both mapped (accel.cost) and unmapped (accel.unmapped)}}
func.func @f() attributes {accel.cost = #accel.cost<cycles = 1, energy = 1.0 : f64, dense_cycles = 1, dense_energy = 1.0 : f64, evaluated = 1>, accel.mapping = #accel.mapping<[#accel.level<"RF", loops = [], keep = []>]>, accel.unmapped = "why"} { return }

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.unmapped' must be a string (the reason), got 1 : i64}}
func.func @f() attributes {accel.unmapped = 1} { return }

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.design' belongs on the module, not on 'func.func'}}
func.func @f() attributes {accel.design = "stc"} { return }

// -----

// expected-error @+1 {{'builtin.module' op attribute 'accel.arch' must be a #accel.arch, got "stc"}}
module attributes {accel.arch = "stc"} {}

// -----

// expected-error @+1 {{'builtin.module' op attribute 'accel.design' must be a #accel.design, got "stc"}}
module attributes {accel.design = "stc"} {}

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.activation_density' must be a float in (0, 1], got 2.000000e+00 : f64}}
func.func @f() attributes {accel.activation_density = 2.0 : f64} { return }

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.traffic' must be an array of {level, reads, fills, updates, energy_pJ} dictionaries}}
func.func @f() attributes {accel.traffic = [{level = "RF", reads = "many"}]} { return }

// -----

// expected-error @+1 {{'func.func' op attribute 'accel.formats' must be a dictionary (tensor name -> format), got "CP"}}
func.func @f() attributes {accel.formats = "CP"} { return }

// -----

// expected-error @+1 {{'func.func' op unknown attribute 'accel.costs' of the accel dialect (known: accel.cost, accel.mapping, accel.traffic, accel.unmapped, accel.exploited, accel.formats, accel.activation_density, accel.design, accel.arch)}}
func.func @f() attributes {accel.costs = 1} { return }
