#!/usr/bin/env python3
"""Writes the presets that are not taken from the MICRO'22 artifact:
eyeriss-v2, scnn and extensor (presets/<name>.yaml).

Each is a Timeloop v0.3 architecture + ERT + sparse_optimizations + a
keep/bypass mapping, with the compiler's `preset:` section. Structure and
SAFs follow thesis Table 3.2 and the survey's descriptions (see the header
of each file); energies are approximations stated in the file.

    python3 scripts/gen_presets.py   # rewrites the three files
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Filler UOP ranks above the innermost formats: free when a mapping leaves
# them empty, they let any loop nest be described (as in the other presets).
# An outer level's tile holds its child's ranks first, so each level has
# more than the level below it.
FILLER = {0: 6, 1: 18, 2: 30}


def ranks(inner, filler):
    out = ["        - {format: UOP, payload-word-bits: 0}"] * filler
    out += ["        - " + r for r in inner]
    return "\n".join(out)


def representation(level, tensors, inner, depth):
    lines = [f"  - name: {level}", "    representation-format:",
             "      data-spaces:"]
    for t in tensors:
        lines += [f"      - name: {t}", "        rank-application-order: inner-to-outer",
                  "        ranks:", ranks(inner, FILLER[depth])]
    return lines


def actions(acts):
    lines = ["    action-optimization:"]
    for kind, target, on in acts:
        lines += [f"    - type: {kind}", f"      target: {target}",
                  f"      condition-on: [{', '.join(on)}]"]
    return lines


def ert(tables):
    lines = ["ERT:", "  version: 0.3", "  tables:"]
    for name, acts in tables:
        lines += [f"    - name: {name}", "      actions:"]
        lines += [f"        - {{name: {a}, energy: {e}}}" for a, e in acts]
    return "\n".join(lines)


def sram(read, write, meta=None, gated=0.006):
    acts = [("read", read), ("write", write), ("gated_read", gated),
            ("gated_write", gated)]
    if meta is not None:
        acts += [("metadata_read", meta), ("metadata_write", meta),
                 ("gated_metadata_read", gated), ("gated_metadata_write", gated)]
    return acts


DRAM_ACTS = [("read", 512), ("write", 512), ("metadata_read", 40),
             ("metadata_write", 40)]


def write(name, text):
    path = os.path.join(ROOT, "presets", name + ".yaml")
    with open(path, "w") as f:
        f.write(text.rstrip() + "\n")


def eyeriss_v2():
    header = """\
# Preset 'eyeriss-v2': Eyeriss v2 (Chen et al., JETCAS'19; thesis [17],
# survey [43]): 16 clusters (8x2) of 3x4 PEs = 192 PEs with 2 MACs each,
# a 12 KB GLB per cluster holding input activations and partial sums
# (weights bypass it), per-PE scratchpads (<= 192 weights + 16 iacts + 32
# psums, modelled as one 240-word RF). Weights and inputs are CSC (UOP-CP
# with 4-bit coordinates, the 24-bit bus carries 8-bit values + 4-bit
# metadata) in DRAM, GLB and RF; the RF skips weights on zero inputs and
# psums on either (thesis Table 3.2); MACs are gated. 8-bit data.
# Approximations: the hierarchical mesh NoC is a plain multicast; RF and GLB
# energies are the Eyeriss ones of the MICRO'22 table7 artifact, the MAC the
# 8-bit MAC of the fig15 designs.
preset: {name: eyeriss-v2}
"""
    arch = """\
architecture:
  version: 0.3
  subtree:
  - name: system
    attributes: {technology: 45nm}
    local:
    - name: DRAM
      class: DRAM
      attributes: {type: LPDDR4, width: 64, datawidth: 8, metadata_storage_width: 64,
        read_bandwidth: 8, write_bandwidth: 8}
    subtree:
    - name: Cluster[0..15]
      local:
      - name: GLB
        class: storage
        subclass: SRAM_MD
        attributes: {data_storage_depth: 1536, data_storage_width: 64, datawidth: 8,
          block_size: 8, meshX: 8, meshY: 2, metadata_storage_depth: 1536,
          metadata_storage_width: 16, read_bandwidth: 8, write_bandwidth: 8}
      subtree:
      - name: PE[0..11]
        local:
        - name: RF
          class: storage
          subclass: SRAM_MD
          attributes: {data_storage_depth: 240, data_storage_width: 8, datawidth: 8,
            meshX: 24, meshY: 8, metadata_storage_depth: 240, metadata_storage_width: 4,
            read_bandwidth: 2, write_bandwidth: 2}
        - name: MAC[0..1]
          class: compute
          attributes: {datawidth: 8, meshX: 48, meshY: 8}
mapping:  # keep/bypass only; the mapper chooses the factors
  - {target: RF, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
  - {target: GLB, type: datatype, keep: [Inputs, Outputs], bypass: [Weights]}
  - {target: DRAM, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
"""
    csc = ["{format: CP, metadata-word-bits: 4}"]
    sparse = ["sparse_optimizations:", "  targets:"]
    sparse += representation("DRAM", ["Weights", "Inputs"], csc, 2)
    sparse += representation("GLB", ["Inputs"], csc, 1)
    sparse += representation("RF", ["Weights", "Inputs"], csc, 0)
    sparse += actions([("skipping", "Weights", ["Inputs"]),
                       ("skipping", "Outputs", ["Inputs", "Weights"])])
    sparse += ["  - name: MAC", "    compute-optimization:",
               "    - type: gate_on_zero_operand"]
    tables = ert([
        ("system.DRAM", DRAM_ACTS),
        ("system.Cluster[0..15].GLB", sram(49.17, 37.16, 4.0)),
        ("system.Cluster[0..15].PE[0..11].RF", sram(0.71, 1.13, 0.2)),
        ("system.Cluster[0..15].PE[0..11].MAC[0..1]",
         [("mac_random", 0.5608), ("mac_gated", 0.018)]),
    ])
    write("eyeriss-v2", header + arch + "\n".join(sparse) + "\n" + tables)


def scnn():
    header = """\
# Preset 'scnn': SCNN (Parashar et al., ISCA'17; thesis [78], survey [115]):
# 8x8 PEs, each with a 4x4 multiplier array (the Cartesian product of 4
# non-zero weights and 4 non-zero activations), 10 KB input and 10 KB
# output activation RAMs (one 10240-word buffer here), a 32-bank
# accumulator buffer (1024 words) and a weight FIFO (64 words). Weights
# and inputs are compressed-sparse-block with 4-bit zero runs
# (UOP-RLE; thesis Table 3.2 gives B-UOP-RLE); the innermost buffers skip
# weights on zero inputs and outputs on either, and MACs are gated.
# 16-bit data. Approximations: the crossbar to the accumulator banks and
# inter-PE halo exchange cost nothing; energies are Eyeriss-class SRAMs of
# the MICRO'22 table7 artifact and its 16-bit MAC.
preset: {name: scnn}
"""
    arch = """\
architecture:
  version: 0.3
  subtree:
  - name: system
    attributes: {technology: 45nm}
    local:
    - name: DRAM
      class: DRAM
      attributes: {type: LPDDR4, width: 64, datawidth: 16, metadata_storage_width: 64,
        read_bandwidth: 4, write_bandwidth: 4}
    subtree:
    - name: PE[0..63]
      local:
      - name: ActRAM
        class: storage
        subclass: SRAM_MD
        attributes: {data_storage_depth: 10240, data_storage_width: 16, datawidth: 16,
          meshX: 8, meshY: 8, metadata_storage_depth: 10240, metadata_storage_width: 4,
          read_bandwidth: 4, write_bandwidth: 4}
      - name: AccBuffer
        class: storage
        subclass: SRAM
        attributes: {data_storage_depth: 1024, data_storage_width: 16, datawidth: 16,
          meshX: 8, meshY: 8, read_bandwidth: 16, write_bandwidth: 16}
      - name: WeightFIFO
        class: storage
        subclass: SRAM_MD
        attributes: {data_storage_depth: 64, data_storage_width: 16, datawidth: 16,
          meshX: 8, meshY: 8, metadata_storage_depth: 64, metadata_storage_width: 4,
          read_bandwidth: 4, write_bandwidth: 4}
      - name: MAC[0..15]
        class: compute
        attributes: {datawidth: 16, meshX: 32, meshY: 32}
mapping:  # keep/bypass only; the mapper chooses the factors
  - {target: WeightFIFO, type: datatype, keep: [Weights], bypass: [Inputs, Outputs]}
  - {target: AccBuffer, type: datatype, keep: [Outputs], bypass: [Weights, Inputs]}
  - {target: ActRAM, type: datatype, keep: [Inputs, Outputs], bypass: [Weights]}
  - {target: DRAM, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
"""
    rle = ["{format: RLE, metadata-word-bits: 4}"]
    sparse = ["sparse_optimizations:", "  targets:"]
    sparse += representation("DRAM", ["Weights", "Inputs"], rle, 1)
    sparse += representation("ActRAM", ["Inputs"], rle, 0)
    sparse += representation("WeightFIFO", ["Weights"], rle, 0)
    sparse += actions([("skipping", "Weights", ["Inputs"])])
    sparse += ["  - name: AccBuffer"]
    sparse += actions([("skipping", "Outputs", ["Inputs", "Weights"])])
    sparse += ["  - name: MAC", "    compute-optimization:",
               "    - type: gate_on_zero_operand"]
    pe = "system.PE[0..63]"
    tables = ert([
        ("system.DRAM", DRAM_ACTS),
        (pe + ".ActRAM", sram(12.0, 12.0, 1.0)),
        (pe + ".AccBuffer", sram(2.5, 2.5)),
        (pe + ".WeightFIFO", sram(0.71, 1.13, 0.2)),
        (pe + ".MAC[0..15]", [("mac_random", 2.20035), ("mac_gated", 0.06595)]),
    ])
    write("scnn", header + arch + "\n".join(sparse) + "\n" + tables)


def extensor():
    header = """\
# Preset 'extensor': ExTensor (Hegde et al., MICRO'19; thesis [39], survey
# [93]): 128 PEs (16x8) with a 64 KB PE buffer each, a 30 MB last-level
# buffer, one FP64 MAC per PE. Both operands are (UOP-CP)-coded at every
# level (thesis Table 3.2: (UOP-CP)x3) and every storage level skips both
# operands against each other (A <-> B, the intersection) and outputs on
# both (hierarchical elimination). Approximations: the intersection unit's
# own cost is not charged; energies are scaled 45 nm SRAM/FP64 figures
# (LLB 100 pJ, PE buffer 20 pJ per 64-bit access, FP64 FMA 20 pJ).
preset: {name: extensor}
"""
    arch = """\
architecture:
  version: 0.3
  subtree:
  - name: system
    attributes: {technology: 45nm}
    local:
    - name: DRAM
      class: DRAM
      attributes: {type: HBM2, width: 64, datawidth: 64, metadata_storage_width: 64,
        read_bandwidth: 1, write_bandwidth: 1}
    - name: LLB
      class: storage
      subclass: SRAM_MD
      attributes: {data_storage_depth: 3932160, data_storage_width: 64, datawidth: 64,
        metadata_storage_depth: 3932160, metadata_storage_width: 32,
        read_bandwidth: 16, write_bandwidth: 16}
    subtree:
    - name: PE[0..127]
      local:
      - name: PEBuffer
        class: storage
        subclass: SRAM_MD
        attributes: {data_storage_depth: 8192, data_storage_width: 64, datawidth: 64,
          meshX: 16, meshY: 8, metadata_storage_depth: 8192, metadata_storage_width: 32,
          read_bandwidth: 2, write_bandwidth: 2}
      - name: MAC
        class: compute
        attributes: {datawidth: 64, meshX: 16, meshY: 8}
mapping:  # keep/bypass only; the mapper chooses the factors
  - {target: PEBuffer, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
  - {target: LLB, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
  - {target: DRAM, type: datatype, keep: [Weights, Inputs, Outputs], bypass: []}
"""
    cp = ["{format: CP, metadata-word-bits: 32}"]
    intersect = [("skipping", "Weights", ["Inputs"]),
                 ("skipping", "Inputs", ["Weights"]),
                 ("skipping", "Outputs", ["Weights", "Inputs"])]
    sparse = ["sparse_optimizations:", "  targets:"]
    sparse += representation("DRAM", ["Weights", "Inputs"], cp, 2)
    for level, depth in [("LLB", 1), ("PEBuffer", 0)]:
        sparse += representation(level, ["Weights", "Inputs"], cp, depth)
        sparse += actions(intersect)
    tables = ert([
        ("system.DRAM", [("read", 1024), ("write", 1024),
                         ("metadata_read", 512), ("metadata_write", 512)]),
        ("system.LLB", sram(100.0, 100.0, 50.0, gated=0.05)),
        ("system.PE[0..127].PEBuffer", sram(20.0, 20.0, 10.0, gated=0.01)),
        ("system.PE[0..127].MAC", [("mac_random", 20.0), ("mac_gated", 0.5)]),
    ])
    write("extensor", header + arch + "\n".join(sparse) + "\n" + tables)


if __name__ == "__main__":
    eyeriss_v2()
    scnn()
    extensor()
