//===- YamlTree.h - Located YAML documents ----------------------*- C++ -*-===//
//
// A small immutable tree over llvm::yaml::Stream that remembers the file,
// line and column of every node, so front ends can say exactly where a bad
// key is. Mapping keys are normalised: '-' and '_' are interchangeable, as
// in Timeloop.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_YAMLTREE_H
#define SPARSEACCEL_TARGET_SPARSELOOP_YAMLTREE_H

#include "llvm/Support/SourceMgr.h"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sparseaccel::sparseloop {

struct YamlLocation {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  std::string str() const;
};

class YamlNode {
public:
  enum class Kind { Null, Scalar, Map, Seq };

  Kind kind = Kind::Null;
  YamlLocation loc;
  std::string scalar;
  /// Normalised key, original key, value.
  struct Entry {
    std::string key;
    std::string spelled;
    const YamlNode *value;
    YamlLocation keyLoc;
  };
  std::vector<Entry> entries;
  std::vector<const YamlNode *> items;

  bool isNull() const { return kind == Kind::Null; }
  bool isScalar() const { return kind == Kind::Scalar; }
  bool isMap() const { return kind == Kind::Map; }
  bool isSeq() const { return kind == Kind::Seq; }
  const char *kindName() const;

  /// Looks a key up; '-' and '_' match each other.
  const YamlNode *get(std::string_view key) const;
  const Entry *entry(std::string_view key) const;
};

/// Owns every node of every loaded document.
class YamlForest {
public:
  /// Parses `text` (named `file`) and appends its documents' roots.
  /// Returns false and fills `error` on malformed YAML.
  bool parse(const std::string &file, std::string text, std::string &error);

  const std::vector<const YamlNode *> &roots() const { return roots_; }

  static std::string normalizeKey(std::string_view key);

private:
  YamlNode *make() { return &nodes_.emplace_back(); }
  std::deque<YamlNode> nodes_;
  std::vector<const YamlNode *> roots_;
  std::deque<std::string> buffers_;
};

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_YAMLTREE_H
