//===- YamlTree.cpp - Located YAML documents ------------------------------===//

#include "SparseAccel/Target/Sparseloop/YamlTree.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

using namespace sparseaccel::sparseloop;
namespace yaml = llvm::yaml;

std::string YamlLocation::str() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

const char *YamlNode::kindName() const {
  switch (kind) {
  case Kind::Null:
    return "null";
  case Kind::Scalar:
    return "scalar";
  case Kind::Map:
    return "mapping";
  case Kind::Seq:
    return "sequence";
  }
  return "?";
}

std::string YamlForest::normalizeKey(std::string_view key) {
  std::string out(key);
  for (char &c : out)
    if (c == '-')
      c = '_';
  return out;
}

const YamlNode::Entry *YamlNode::entry(std::string_view key) const {
  std::string k = YamlForest::normalizeKey(key);
  for (const Entry &e : entries)
    if (e.key == k)
      return &e;
  return nullptr;
}

const YamlNode *YamlNode::get(std::string_view key) const {
  const Entry *e = entry(key);
  return e ? e->value : nullptr;
}

namespace {

struct Builder {
  llvm::SourceMgr &sm;
  const std::string &file;
  std::function<YamlNode *()> make;
  std::string error;
  unsigned depth = 0;

  YamlLocation locOf(yaml::Node *n) {
    YamlLocation loc;
    loc.file = file;
    if (!n)
      return loc;
    // Nodes built after a parse error may carry no position at all.
    llvm::SMLoc start = n->getSourceRange().Start;
    if (!start.isValid() || !sm.FindBufferContainingLoc(start))
      return loc;
    auto [line, col] = sm.getLineAndColumn(start);
    loc.line = line;
    loc.column = col;
    return loc;
  }

  const YamlNode *build(yaml::Node *n) {
    YamlNode *out = make();
    out->loc = locOf(n);
    if (!n || !error.empty())
      return out;
    if (++depth > 200) {
      error = out->loc.str() + ": error: YAML nesting is too deep";
      return out;
    }
    if (auto *s = llvm::dyn_cast<yaml::ScalarNode>(n)) {
      llvm::SmallString<64> storage;
      out->kind = YamlNode::Kind::Scalar;
      out->scalar = s->getValue(storage).str();
    } else if (auto *b = llvm::dyn_cast<yaml::BlockScalarNode>(n)) {
      out->kind = YamlNode::Kind::Scalar;
      out->scalar = b->getValue().str();
    } else if (auto *m = llvm::dyn_cast<yaml::MappingNode>(n)) {
      out->kind = YamlNode::Kind::Map;
      for (yaml::KeyValueNode &kv : *m) {
        auto *key = llvm::dyn_cast_or_null<yaml::ScalarNode>(kv.getKey());
        if (!key) {
          error = locOf(kv.getKey()).str() +
                  ": error: mapping keys must be plain scalars";
          break;
        }
        llvm::SmallString<32> storage;
        std::string spelled = key->getValue(storage).str();
        YamlNode::Entry e;
        e.key = YamlForest::normalizeKey(spelled);
        e.spelled = spelled;
        e.keyLoc = locOf(key);
        e.value = build(kv.getValue());
        if (!error.empty())
          break;
        for (const YamlNode::Entry &prev : out->entries)
          if (prev.key == e.key) {
            error = e.keyLoc.str() + ": error: duplicate key '" + spelled +
                    "' (first at line " + std::to_string(prev.keyLoc.line) +
                    ")";
            break;
          }
        out->entries.push_back(e);
      }
    } else if (auto *s = llvm::dyn_cast<yaml::SequenceNode>(n)) {
      out->kind = YamlNode::Kind::Seq;
      for (yaml::Node &item : *s) {
        out->items.push_back(build(&item));
        if (!error.empty())
          break;
      }
    } else if (llvm::isa<yaml::AliasNode>(n)) {
      error = out->loc.str() + ": error: YAML aliases are not supported";
    }
    --depth;
    return out;
  }
};

} // namespace

bool YamlForest::parse(const std::string &file, std::string text,
                       std::string &error) {
  const std::string &buf = buffers_.emplace_back(std::move(text));
  llvm::SourceMgr sm;
  std::string diag;
  sm.setDiagHandler(
      [](const llvm::SMDiagnostic &d, void *ctx) {
        auto *out = static_cast<std::string *>(ctx);
        if (!out->empty())
          return;
        *out = d.getFilename().str() + ":" + std::to_string(d.getLineNo()) +
               ":" + std::to_string(d.getColumnNo() + 1) +
               ": error: " + d.getMessage().str();
      },
      &diag);
  yaml::Stream stream(llvm::MemoryBufferRef(buf, file), sm);
  Builder b{sm, file, [this] { return make(); }, {}};
  for (yaml::Document &doc : stream) {
    yaml::Node *root = doc.getRoot();
    if (!diag.empty() || stream.failed())
      break;
    const YamlNode *n = b.build(root);
    if (!b.error.empty() || !diag.empty() || stream.failed())
      break;
    if (!n->isNull())
      roots_.push_back(n);
  }
  if (!diag.empty() || stream.failed()) {
    error = diag.empty() ? file + ": error: malformed YAML" : diag;
    return false;
  }
  if (!b.error.empty()) {
    error = b.error;
    return false;
  }
  return true;
}
