//===- JointDensity.cpp - Where two data-given operands meet --------------===//
//
// With statistical densities the model takes the two operands of a compute
// as independent: P(both non-zero) = dA * dB. Measured tensors are not:
// activations and weights of a trained network cluster their non-zeros by
// channel, and the Eyeriss v2 chip's cycles follow the pairs that actually
// meet (sum over the operation space of [A != 0][B != 0]). This walks the
// operation space once and keeps that fraction on the workload.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Spec.h"

#include <cstdlib>

using namespace sparseaccel::model;

namespace {
/// Linear index of a data-space point in Timeloop's order (first axis
/// fastest) as a sum over the operation space's dimensions: index =
/// base + sum_d coef[d] * x[d], which an odometer walk updates per step.
struct LinearIndex {
  int64_t base = 0;
  std::vector<int64_t> perDim;
};

LinearIndex linearIndex(const WorkloadSpec &w, unsigned ds) {
  LinearIndex li;
  li.perDim.assign(w.bounds.size(), 0);
  std::vector<int64_t> extents = w.axisExtents(ds);
  int64_t stride = 1;
  for (unsigned a = 0; a < extents.size(); ++a) {
    for (const ProjectionTerm &t : w.dataSpaces[ds].axes[a]) {
      li.perDim[t.dim] += t.coef * stride;
      // A negative coefficient counts down from the axis' far end.
      if (t.coef < 0)
        li.base += -t.coef * (w.bounds[t.dim] - 1) * stride;
    }
    stride *= extents[a];
  }
  return li;
}
} // namespace

void WorkloadSpec::fillJointOperandDensity() {
  jointOperandDensity.reset();
  std::vector<unsigned> operands;
  for (unsigned ds = 0; ds < dataSpaces.size(); ++ds)
    if (!dataSpaces[ds].readWrite)
      operands.push_back(ds);
  if (operands.size() != 2 || densities.size() != dataSpaces.size())
    return;
  for (unsigned ds : operands) {
    const DensitySpec &d = densities[ds];
    if (d.kind != DensityKind::ActualData || !d.mask ||
        d.mask->size() != dataSpaceSize(ds))
      return;
  }
  uint64_t ops = totalOperations();
  if (ops == 0)
    return;
  const std::vector<uint8_t> &ma = *densities[operands[0]].mask,
                             &mb = *densities[operands[1]].mask;
  LinearIndex ia = linearIndex(*this, operands[0]),
              ib = linearIndex(*this, operands[1]);
  unsigned nd = bounds.size();
  std::vector<int64_t> x(nd, 0);
  int64_t pa = ia.base, pb = ib.base;
  uint64_t both = 0;
  // Odometer over the operation space, dimension 0 fastest.
  for (uint64_t n = 0; n < ops; ++n) {
    both += ma[pa] && mb[pb];
    for (unsigned d = 0; d < nd; ++d) {
      if (++x[d] < bounds[d]) {
        pa += ia.perDim[d];
        pb += ib.perDim[d];
        break;
      }
      pa -= ia.perDim[d] * (bounds[d] - 1);
      pb -= ib.perDim[d] * (bounds[d] - 1);
      x[d] = 0;
    }
  }
  jointOperandDensity = double(both) / double(ops);
}
