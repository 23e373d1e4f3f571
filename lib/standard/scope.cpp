// Scopes: the case while open (or only while episodes of some types are), each
// episode of a type, or each period of care.
#include <fmt/format.h>

#include "standard/parse_parts.h"

namespace ca {
namespace {

constexpr std::string_view kScopeKeys[] = {"case", "episode", "per", "tags", "not_tags", "any_tags", "while", "gaps", "unless_only"};

std::optional<TagMask> parse_tags(const Entry& e, const Vocabulary& vocab, Diagnostics& diag) {
  TagMask mask = 0;
  bool ok = true;
  const auto list = text_list(e, diag);
  if (list.empty()) return std::nullopt;
  for (const auto& [name, node] : list) {
    if (auto bit = vocab.tag(name))
      mask |= TagMask{1} << *bit;
    else {
      diag.error(node, not_in_vocabulary("tag", name));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return mask;
}

// `while: [cin, cp]`: the episode types as a mask.
std::optional<EpisodeTypeMask> parse_episode_types(const Entry& e, const Vocabulary& vocab, Diagnostics& diag) {
  EpisodeTypeMask mask = 0;
  bool ok = true;
  const auto list = text_list(e, diag);
  if (list.empty()) return std::nullopt;
  for (const auto& [name, node] : list) {
    if (auto t = vocab.episode_type(name))
      mask |= EpisodeTypeMask{1} << *t;
    else {
      diag.error(node, not_in_vocabulary("episode type", name));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return mask;
}

}  // namespace

std::optional<Scope> parse_scope(const Entry& e, const Vocabulary& vocab, Diagnostics& diag) {
  if (!e.value.IsMap()) {
    diag.error(e.value.IsNull() ? e.key_node : e.value, "'scope' must be a map: {episode: TYPE} or {case: open}");
    return std::nullopt;
  }
  MapReader map(e.value, kScopeKeys, diag);
  Scope scope;
  bool ok = true;
  const Entry* case_key = map.find("case");
  const Entry* episode = map.find("episode");
  if (case_key && episode) {
    const Entry* later = case_key->key_node.Mark().pos > episode->key_node.Mark().pos ? case_key : episode;
    diag.error(later->key_node, "a scope is either 'case' or 'episode', not both");
    return std::nullopt;
  }
  if (!case_key && !episode) {
    diag.error(e.value, "'scope' needs 'episode: TYPE' or 'case: open'");
    return std::nullopt;
  }
  if (case_key) {
    scope.level = Level::case_open;
    if (auto v = word_value(*case_key, diag); v && *v != "open") {
      diag.error(case_key->value, fmt::format("case: '{}' must be 'open' (the rule runs while the case is open)", *v));
      ok = false;
    } else if (!v) {
      ok = false;
    }
    for (std::string_view key : {"per", "tags", "not_tags", "any_tags"}) {
      if (const Entry* x = map.find(key)) {
        if (key == "per")
          diag.error(x->key_node, "'per: period' needs an episode scope");
        else
          diag.error(x->key_node, fmt::format("'{}' needs an episode scope (a case has no tags)", key));
        ok = false;
      }
    }
    if (const Entry* w = map.find("while")) {
      if (auto m = parse_episode_types(*w, vocab, diag))
        scope.while_types = *m;
      else
        ok = false;
    }
    if (const Entry* u = map.find("unless_only")) {
      if (map.find("while")) {
        diag.error(u->key_node, "'unless_only' and 'while' do not go together (while already names the episodes)");
        ok = false;
      } else if (auto m = parse_episode_types(*u, vocab, diag)) {
        scope.unless_only = *m;
      } else {
        ok = false;
      }
    }
    if (const Entry* g = map.find("gaps")) {
      const auto v = word_value(*g, diag);
      if (!map.find("while")) {
        diag.error(g->key_node, "'gaps' goes with 'while' (the gaps between the episodes it lists)");
        ok = false;
      } else if (v && (*v == "count" || *v == "restart")) {
        scope.count_gaps = *v == "count";
      } else {
        if (v) diag.error(g->value, fmt::format("gaps: '{}' must be 'count' or 'restart'", *v));
        ok = false;
      }
    }
    return ok ? std::optional<Scope>(scope) : std::nullopt;
  }

  scope.level = Level::episode;
  if (const Entry* u = map.find("unless_only")) {
    diag.error(u->key_node, "'unless_only' needs 'case: open'");
    ok = false;
  }
  if (const Entry* g = map.find("gaps")) {
    diag.error(g->key_node, "'gaps' needs 'case: open' with 'while'");
    ok = false;
  }
  if (const Entry* w = map.find("while")) {
    diag.error(w->key_node,
               "'while' needs 'case: open' (an episode scope already runs only while its episode is open)");
    ok = false;
  }
  if (auto v = word_value(*episode, diag)) {
    if (auto t = vocab.episode_type(*v))
      scope.episode_type = *t;
    else {
      diag.error(episode->value, not_in_vocabulary("episode type", *v));
      ok = false;
    }
  } else {
    ok = false;
  }
  if (const Entry* per = map.find("per")) {
    if (auto v = word_value(*per, diag); v && *v == "period") {
      scope.level = Level::period;
    } else {
      if (v)
        diag.error(per->value,
                   fmt::format("per: '{}' must be 'period' (leave 'per' out to count each episode row)", *v));
      ok = false;
    }
  }
  const Entry* tags = map.find("tags");
  const Entry* not_tags = map.find("not_tags");
  if (tags) {
    if (auto m = parse_tags(*tags, vocab, diag))
      scope.tags_all = *m;
    else
      ok = false;
  }
  if (not_tags) {
    if (auto m = parse_tags(*not_tags, vocab, diag))
      scope.tags_none = *m;
    else
      ok = false;
  }
  if (const Entry* any = map.find("any_tags")) {
    if (auto m = parse_tags(*any, vocab, diag))
      scope.tags_any = *m;
    else
      ok = false;
  }
  if (TagMask both = scope.tags_all & scope.tags_none) {
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
      if (both & (TagMask{1} << bit))
        diag.error(not_tags->value, fmt::format("tag '{}' is in both 'tags' and 'not_tags'", vocab.tags()[bit].name));
    ok = false;
  }
  return ok ? std::optional<Scope>(scope) : std::nullopt;
}

}  // namespace ca
