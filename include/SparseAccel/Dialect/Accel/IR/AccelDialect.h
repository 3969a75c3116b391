//===- AccelDialect.h - Accelerator mappings and costs ----------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H
#define SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H

#include "mlir/IR/Dialect.h"
#include "mlir/IR/Operation.h"

// The dialect's typed helpers for its discardable attributes name the
// attribute classes.
#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h.inc"

namespace mlir::accel {
/// The names of the dialect's discardable attributes, as its ODS declares
/// them (AccelDialect.td, `discardableAttrs`); AccelOpAttrVerifier.cpp checks
/// their values.
inline StringRef costAttrName() {
  return AccelDialect::CostAttrHelper::getNameStr();
}
inline StringRef mappingAttrName() {
  return AccelDialect::MappingAttrHelper::getNameStr();
}
inline StringRef trafficAttrName() {
  return AccelDialect::TrafficAttrHelper::getNameStr();
}
inline StringRef unmappedAttrName() {
  return AccelDialect::UnmappedAttrHelper::getNameStr();
}
inline StringRef exploitedAttrName() {
  return AccelDialect::ExploitedAttrHelper::getNameStr();
}
inline StringRef formatsAttrName() {
  return AccelDialect::FormatsAttrHelper::getNameStr();
}
inline StringRef activationDensityAttrName() {
  return AccelDialect::ActivationDensityAttrHelper::getNameStr();
}
inline StringRef designAttrName() {
  return AccelDialect::DesignAttrHelper::getNameStr();
}
inline StringRef archAttrName() {
  return AccelDialect::ArchAttrHelper::getNameStr();
}
} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H
