//===- TileMoves.h - How a tile moves through the loops above it -*- C++
//-*-===//
//
// Internal to lib/Model. Timeloop's nest analysis walks the loop nest with
// temporal extrapolation: every loop runs iterations 0 and 1, and the
// second stands for all the others. A tile (the working set at a storage
// boundary, or the single point a MAC uses) therefore sees a short list of
// move kinds, each repeated a known number of times: the first placement,
// the innermost loop's steps, and one kind per outer loop. TileMoves lists
// them with what each move fetches and the translation between a move's
// fetch and the previous move's (which decides inter-PE link transfers).
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_LIB_MODEL_TILEMOVES_H
#define SPARSEACCEL_LIB_MODEL_TILEMOVES_H

#include "EvalState.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <vector>

namespace sparseaccel::model {

/// What a tile fetches when it moves.
enum class FetchShape {
  Empty,   // the tile did not move
  Full,    // the whole tile (first placement, or the residue was discarded)
  Partial, // the set difference with the previous position (sliding window)
};

struct TileMove {
  /// How many times this move happens over the whole run.
  uint64_t count = 0;
  /// Points fetched per move.
  uint64_t points = 0;
  FetchShape shape = FetchShape::Full;
  /// The kind of the move just before (-1: none, for the first placement).
  int previous = -1;
  /// Per data-space axis: how far the tile moved.
  llvm::SmallVector<int64_t, 4> shift;
};

/// The moves of one tensor's tile whose boundary is loop index `childEnd`
/// (the tile covers loops [0, childEnd)), through every temporal loop above.
/// With `points` set the tile is one MAC's operand point: it is fetched in
/// full at every move, never as a difference (Timeloop's base case).
/// The first move is the first placement; each later move kind k>0 is
/// preceded by kind 0 of the list's innermost loop, except the innermost
/// loop's moves, which follow every other kind once per outer step.
class TileMoves {
public:
  TileMoves(const EvalState &st, unsigned ds, unsigned childEnd,
            bool points = false);

  /// Points of the tile.
  uint64_t tileSize() const { return whole_; }
  /// Points fetched over the whole run (one child).
  uint64_t totalFetched() const;

  /// Kind 0: the first placement. Kind 1: the innermost loop's moves (if
  /// any loop moves the tile). Kinds 2..: one per outer loop. For kind 1,
  /// `precededBy` lists how many of its moves follow each other kind.
  llvm::ArrayRef<TileMove> moves() const { return moves_; }
  llvm::ArrayRef<uint64_t> innermostPrecededBy() const { return precededBy_; }

private:
  llvm::SmallVector<int64_t, 4> extent_;
  uint64_t whole_ = 1;
  llvm::SmallVector<TileMove, 8> moves_;
  llvm::SmallVector<uint64_t, 8> precededBy_;
};

} // namespace sparseaccel::model

#endif // SPARSEACCEL_LIB_MODEL_TILEMOVES_H
