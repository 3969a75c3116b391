//===- ModelConversion.cpp - accel attributes <-> cost-model structs ------===//

#include "SparseAccel/Dialect/Accel/Transforms/ModelConversion.h"

#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/RankFormat.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel::model;

//===----------------------------------------------------------------------===//
// Mapping and cost
//===----------------------------------------------------------------------===//

MappingAttr mlir::accel::toMappingAttr(MLIRContext *ctx, const ModelSpec &spec,
                                       const MappingSpec &mapping) {
  SmallVector<Attribute> levels;
  for (unsigned l = 0; l < mapping.levels.size(); ++l) {
    const LevelMappingSpec &lm = mapping.levels[l];
    SmallVector<Attribute> loops, keep;
    // Trivial loops are implied (canonicalMapping restores them).
    for (const LoopSpec &lp : lm.loops) {
      if (lp.bound == 1)
        continue;
      const char *kind = lp.kind == LoopKind::Temporal   ? "temporal"
                         : lp.kind == LoopKind::SpatialX ? "spatial_x"
                                                         : "spatial_y";
      loops.push_back(LoopAttr::get(
          ctx, StringAttr::get(ctx, spec.workload.dimNames[lp.dim]), lp.bound,
          StringAttr::get(ctx, kind)));
    }
    for (unsigned ds = 0; ds < lm.keep.size(); ++ds)
      if (lm.keep[ds])
        keep.push_back(StringAttr::get(ctx, spec.workload.dataSpaces[ds].name));
    levels.push_back(LevelMappingAttr::get(
        ctx, StringAttr::get(ctx, spec.arch.levels[l].name),
        ArrayAttr::get(ctx, loops), ArrayAttr::get(ctx, keep)));
  }
  return MappingAttr::get(ctx, ArrayAttr::get(ctx, levels));
}

FailureOr<MappingSpec> mlir::accel::fromMappingAttr(MappingAttr attr,
                                                    const ModelSpec &spec,
                                                    std::string &why) {
  MappingSpec out;
  if (attr.getLevels().size() != spec.arch.levels.size()) {
    why = "the mapping has " + std::to_string(attr.getLevels().size()) +
          " levels but the architecture " +
          std::to_string(spec.arch.levels.size());
    return failure();
  }
  for (auto [l, a] : llvm::enumerate(attr.getLevels())) {
    auto level = cast<LevelMappingAttr>(a);
    if (level.getName().getValue() != spec.arch.levels[l].name) {
      why = "level " + std::to_string(l) + " is '" +
            level.getName().getValue().str() + "' in the mapping but '" +
            spec.arch.levels[l].name + "' in the architecture";
      return failure();
    }
    LevelMappingSpec lm;
    lm.keep.assign(spec.workload.dataSpaces.size(), false);
    for (Attribute k : level.getKeep()) {
      int ds = spec.workload.findDataSpace(cast<StringAttr>(k).str());
      if (ds < 0) {
        why = "unknown tensor '" + cast<StringAttr>(k).str() + "'";
        return failure();
      }
      lm.keep[ds] = true;
    }
    for (Attribute x : level.getLoops()) {
      auto loop = cast<LoopAttr>(x);
      int d = spec.workload.findDim(loop.getDim().str());
      if (d < 0) {
        why = "unknown dimension '" + loop.getDim().str() + "'";
        return failure();
      }
      StringRef kind = loop.getKind().getValue();
      lm.loops.push_back({unsigned(d), loop.getBound(),
                          kind == "temporal"    ? LoopKind::Temporal
                          : kind == "spatial_x" ? LoopKind::SpatialX
                                                : LoopKind::SpatialY});
    }
    out.levels.push_back(lm);
  }
  return canonicalMapping(spec.workload, out);
}

ArrayAttr mlir::accel::toTrafficAttr(MLIRContext *ctx,
                                     const EvalResult &result) {
  Builder b(ctx);
  SmallVector<Attribute> levels;
  for (const LevelStats &l : result.levels) {
    double ops[3] = {0, 0, 0};
    for (const TensorLevelStats &t : l.tensors)
      if (t.kept)
        for (int op = 0; op < 3; ++op)
          ops[op] += t.actual[op] * double(t.utilizedInstances);
    levels.push_back(b.getDictionaryAttr(
        {b.getNamedAttr("level", b.getStringAttr(l.name)),
         b.getNamedAttr("reads", b.getI64IntegerAttr(int64_t(ops[0]))),
         b.getNamedAttr("fills", b.getI64IntegerAttr(int64_t(ops[1]))),
         b.getNamedAttr("updates", b.getI64IntegerAttr(int64_t(ops[2]))),
         b.getNamedAttr("energy_pJ", b.getF64FloatAttr(l.energy))}));
  }
  return b.getArrayAttr(levels);
}

//===----------------------------------------------------------------------===//
// Design
//===----------------------------------------------------------------------===//

static const char *actionKindName(ActionOptKind k) {
  switch (k) {
  case ActionOptKind::Gating:
    return "gating";
  case ActionOptKind::Skipping:
    return "skipping";
  case ActionOptKind::SpatialSkipping:
    return "skipping_spatial";
  case ActionOptKind::PositionSkipping:
    return "position_skipping";
  }
  return "skipping";
}

static FloatAttr optionalFloat(Builder &b, const std::optional<double> &v) {
  return v ? b.getF64FloatAttr(*v) : FloatAttr();
}

DesignAttr
mlir::accel::toDesignAttr(MLIRContext *ctx, StringRef name,
                          const ModelSpec &spec,
                          const sparseaccel::sparseloop::PresetInfo &preset) {
  Builder b(ctx);
  const WorkloadSpec &w = spec.workload;
  auto tensorName = [&](unsigned ds) {
    return b.getStringAttr(w.dataSpaces[ds].name);
  };
  SmallVector<Attribute> levels, safs, keepLevels;
  for (unsigned l = 0; l < spec.arch.levels.size(); ++l) {
    const StorageLevelSpec &s = spec.arch.levels[l];
    SmallVector<NamedAttribute> energy;
    for (unsigned op = 0; op < kNumStorageOps; ++op)
      if (s.opEnergy[op] != 0)
        energy.push_back(b.getNamedAttr(toString(static_cast<StorageOp>(op)),
                                        b.getF64FloatAttr(s.opEnergy[op])));
    levels.push_back(StorageAttr::get(
        ctx, b.getStringAttr(s.name), s.wordBits, s.isDRAM, s.blockSize,
        s.clusterSize, s.size.value_or(0), s.metadataStorageWidth,
        s.metadataStorageDepth, s.metadataBlockSize, s.defaultMetadataWordBits,
        s.instances, s.meshX, s.meshY, optionalFloat(b, s.readBandwidth),
        optionalFloat(b, s.writeBandwidth),
        s.multipleBuffering != 1.0 ? b.getF64FloatAttr(s.multipleBuffering)
                                   : FloatAttr(),
        s.compressionSupported, s.decompressionSupported,
        b.getDictionaryAttr(energy)));
    SmallVector<Attribute> keep, loops;
    if (l < spec.mapping.levels.size()) {
      for (unsigned ds = 0; ds < spec.mapping.levels[l].keep.size(); ++ds)
        if (spec.mapping.levels[l].keep[ds])
          keep.push_back(tensorName(ds));
      // A design with a fixed dataflow carries its loops too.
      for (const LoopSpec &lp : spec.mapping.levels[l].loops)
        if (lp.bound > 1)
          loops.push_back(LoopAttr::get(
              ctx, b.getStringAttr(w.dimNames[lp.dim]), lp.bound,
              b.getStringAttr(lp.kind == LoopKind::Temporal   ? "temporal"
                              : lp.kind == LoopKind::SpatialX ? "spatial_x"
                                                              : "spatial_y")));
    }
    keepLevels.push_back(LevelMappingAttr::get(ctx, b.getStringAttr(s.name),
                                               b.getArrayAttr(loops),
                                               b.getArrayAttr(keep)));
    if (l >= spec.sparse.levels.size())
      continue;
    const LevelSafSpec &saf = spec.sparse.levels[l];
    SmallVector<Attribute> formats, actions;
    for (const auto &[ds, rep] : saf.formats) {
      SmallVector<Attribute> ranks;
      // The model keeps the innermost rank first; the IR lists the top
      // rank first, as Sparseloop does.
      for (auto it = rep.ranks.rbegin(); it != rep.ranks.rend(); ++it) {
        ArrayAttr flat;
        if (!it->flattenedDims.empty()) {
          SmallVector<Attribute> dims;
          for (unsigned d : it->flattenedDims)
            dims.push_back(b.getStringAttr(w.dimNames[d]));
          flat = b.getArrayAttr(dims);
        }
        ranks.push_back(
            RankFormatAttr::get(ctx, b.getStringAttr(toString(it->format)),
                                it->metadataBits, it->payloadBits, flat));
      }
      formats.push_back(TensorFormatAttr::get(
          ctx, tensorName(ds), b.getArrayAttr(ranks), rep.innerToOuter));
    }
    for (const ActionOptSpec &a : saf.actions) {
      SmallVector<Attribute> options;
      for (const ActionOptionSpec &o : a.options) {
        SmallVector<Attribute> on;
        for (unsigned ds : o.conditionOn)
          on.push_back(tensorName(ds));
        options.push_back(
            ConditionAttr::get(ctx, tensorName(o.target), b.getArrayAttr(on)));
      }
      actions.push_back(
          ActionAttr::get(ctx, b.getStringAttr(actionKindName(a.kind)),
                          b.getArrayAttr(options), a.publicAsSkipping));
    }
    if (formats.empty() && actions.empty())
      continue;
    safs.push_back(LevelSafAttr::get(
        ctx, b.getStringAttr(s.name),
        formats.empty() ? ArrayAttr() : b.getArrayAttr(formats),
        actions.empty() ? ArrayAttr() : b.getArrayAttr(actions)));
  }
  const ComputeSpec &c = spec.arch.compute;
  SmallVector<NamedAttribute> computeEnergy;
  for (auto [n, v] : {std::pair<const char *, double>{"random", c.randomEnergy},
                      {"gated", c.gatedEnergy},
                      {"skipped", c.skippedEnergy}})
    if (v != 0)
      computeEnergy.push_back(b.getNamedAttr(n, b.getF64FloatAttr(v)));
  ComputeAttr compute =
      ComputeAttr::get(ctx, b.getStringAttr(c.name), c.wordBits, c.instances,
                       c.meshX, c.meshY, b.getDictionaryAttr(computeEnergy));
  // Per tensor, a list of strings ({Weights = ["2:4"]}); none when empty.
  auto stringLists = [&](const auto &byTensor) -> DictionaryAttr {
    if (byTensor.empty())
      return {};
    SmallVector<NamedAttribute> entries;
    for (const auto &[tensor, list] : byTensor) {
      SmallVector<Attribute> items;
      for (const std::string &item : list)
        items.push_back(b.getStringAttr(item));
      entries.push_back(b.getNamedAttr(tensor, b.getArrayAttr(items)));
    }
    return b.getDictionaryAttr(entries);
  };
  DictionaryAttr patterns = stringLists(preset.patterns);
  DictionaryAttr formatChoices = stringLists(preset.formatChoices);
  return DesignAttr::get(ctx, b.getStringAttr(name), b.getArrayAttr(levels),
                         compute, b.getArrayAttr(safs),
                         spec.sparse.computeGateOnZero,
                         spec.sparse.computeSkipUnaligned,
                         MappingAttr::get(ctx, b.getArrayAttr(keepLevels)),
                         patterns, preset.swapOperands, formatChoices);
}

LogicalResult mlir::accel::fromDesignAttr(DesignAttr design, ModelSpec &spec,
                                          std::string &why) {
  const WorkloadSpec &w = spec.workload;
  auto tensor = [&](Attribute a, unsigned &ds) {
    std::string n = cast<StringAttr>(a).str();
    int i = w.findDataSpace(n);
    if (i < 0) {
      why = "the design names tensor '" + n + "', which the operation lacks";
      return false;
    }
    ds = unsigned(i);
    return true;
  };
  ArchitectureSpec arch;
  for (Attribute a : design.getLevels()) {
    auto s = cast<StorageAttr>(a);
    StorageLevelSpec l;
    l.name = s.getName().str();
    l.isDRAM = s.getDram();
    l.wordBits = s.getWordBits();
    l.blockSize = s.getBlockSize();
    l.clusterSize = s.getClusterSize();
    if (s.getSize())
      l.size = s.getSize();
    l.metadataStorageWidth = s.getMetadataWidth();
    l.metadataStorageDepth = s.getMetadataDepth();
    l.metadataBlockSize = s.getMetadataBlock();
    l.defaultMetadataWordBits = s.getDefaultMetadataBits();
    l.instances = s.getInstances();
    l.meshX = s.getMeshX();
    l.meshY = s.getMeshY();
    if (s.getReadBandwidth())
      l.readBandwidth = s.getReadBandwidth().getValueAsDouble();
    if (s.getWriteBandwidth())
      l.writeBandwidth = s.getWriteBandwidth().getValueAsDouble();
    if (s.getMultipleBuffering())
      l.multipleBuffering = s.getMultipleBuffering().getValueAsDouble();
    l.compressionSupported = s.getCompression();
    l.decompressionSupported = s.getDecompression();
    for (NamedAttribute e : s.getEnergy())
      for (unsigned op = 0; op < kNumStorageOps; ++op)
        if (e.getName().getValue() == toString(static_cast<StorageOp>(op)))
          l.opEnergy[op] = cast<FloatAttr>(e.getValue()).getValueAsDouble();
    arch.levels.push_back(l);
  }
  ComputeAttr c = design.getCompute();
  arch.compute.name = c.getName().str();
  arch.compute.wordBits = c.getWordBits();
  arch.compute.instances = c.getInstances();
  arch.compute.meshX = c.getMeshX();
  arch.compute.meshY = c.getMeshY();
  for (NamedAttribute e : c.getEnergy()) {
    double v = cast<FloatAttr>(e.getValue()).getValueAsDouble();
    StringRef n = e.getName().getValue();
    (n == "random"  ? arch.compute.randomEnergy
     : n == "gated" ? arch.compute.gatedEnergy
                    : arch.compute.skippedEnergy) = v;
  }
  SparseOptSpec sparse;
  sparse.levels.assign(arch.levels.size(), LevelSafSpec());
  sparse.computeGateOnZero = design.getComputeGating();
  sparse.computeSkipUnaligned = design.getComputeSkipping();
  for (Attribute a : design.getSafs()) {
    auto saf = cast<LevelSafAttr>(a);
    int l = arch.findLevel(saf.getLevel().str());
    LevelSafSpec &out = sparse.levels[l];
    if (saf.getFormats())
      for (Attribute f : saf.getFormats()) {
        auto fmt = cast<TensorFormatAttr>(f);
        unsigned ds;
        if (!tensor(fmt.getTensor(), ds))
          return failure();
        RepresentationSpec rep;
        rep.innerToOuter = fmt.getInnerToOuter();
        for (Attribute r : llvm::reverse(fmt.getRanks())) {
          auto rank = cast<RankFormatAttr>(r);
          FormatRankSpec fr;
          fr.format = *parseRankFormat(rank.getFormat().getValue());
          fr.metadataBits = rank.getMetadataBits();
          fr.payloadBits = rank.getPayloadBits();
          if (rank.getFlattened())
            for (Attribute d : rank.getFlattened()) {
              int dim = w.findDim(cast<StringAttr>(d).str());
              if (dim < 0) {
                why = "the design flattens dimension '" +
                      cast<StringAttr>(d).str() +
                      "', which the operation lacks";
                return failure();
              }
              fr.flattenedDims.push_back(unsigned(dim));
            }
          rep.ranks.push_back(fr);
        }
        out.formats[ds] = rep;
      }
    if (saf.getActions())
      for (Attribute x : saf.getActions()) {
        auto act = cast<ActionAttr>(x);
        ActionOptSpec spec;
        StringRef k = act.getKind().getValue();
        spec.kind = k == "gating"             ? ActionOptKind::Gating
                    : k == "skipping"         ? ActionOptKind::Skipping
                    : k == "skipping_spatial" ? ActionOptKind::SpatialSkipping
                                              : ActionOptKind::PositionSkipping;
        spec.publicAsSkipping = act.getPublicSkipping();
        for (Attribute o : act.getOptions()) {
          auto cond = cast<ConditionAttr>(o);
          ActionOptionSpec opt;
          if (!tensor(cond.getTarget(), opt.target))
            return failure();
          for (Attribute on : cond.getConditionOn()) {
            unsigned ds;
            if (!tensor(on, ds))
              return failure();
            opt.conditionOn.push_back(ds);
          }
          spec.options.push_back(opt);
        }
        out.actions.push_back(spec);
      }
  }
  MappingSpec keep;
  bool hasLoops = false;
  for (Attribute a : design.getKeep().getLevels()) {
    LevelMappingSpec lm;
    lm.keep.assign(w.dataSpaces.size(), false);
    auto level = cast<LevelMappingAttr>(a);
    for (Attribute k : level.getKeep()) {
      unsigned ds;
      if (!tensor(k, ds))
        return failure();
      lm.keep[ds] = true;
    }
    for (Attribute x : level.getLoops()) {
      auto loop = cast<LoopAttr>(x);
      int d = w.findDim(loop.getDim().str());
      if (d < 0) {
        why = "the design's dataflow names dimension '" + loop.getDim().str() +
              "', which the operation lacks";
        return failure();
      }
      StringRef kind = loop.getKind().getValue();
      lm.loops.push_back({unsigned(d), loop.getBound(),
                          kind == "temporal"    ? LoopKind::Temporal
                          : kind == "spatial_x" ? LoopKind::SpatialX
                                                : LoopKind::SpatialY});
      hasLoops = true;
    }
    keep.levels.push_back(lm);
  }
  spec.arch = std::move(arch);
  spec.sparse = std::move(sparse);
  spec.mapping = hasLoops ? canonicalMapping(w, keep) : std::move(keep);
  return success();
}
