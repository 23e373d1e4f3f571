#include "standard/variants.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace ca {
namespace {

bool accepts(const Scope& s, TagMask tags) {
  if ((tags & s.tags_all) != s.tags_all) return false;
  if ((tags & s.tags_none) != 0) return false;
  return s.tags_any == 0 || (tags & s.tags_any) != 0;
}

std::string tag_list(TagMask tags, const Vocabulary& vocab) {
  std::string out;
  for (size_t b = 0; b < vocab.tags().size(); ++b)
    if (tags & (TagMask{1} << b)) out += (out.empty() ? "" : ", ") + vocab.tags()[b].name;
  return out.empty() ? "with no tags" : "tagged " + out;
}

}  // namespace

std::vector<std::string> variant_warnings(const Standard& standard, const Vocabulary& vocab,
                                          const std::string& origin) {
  // Groups of rules that are variants of one another.
  using Key = std::tuple<uint8_t, Kind, Level, EpisodeTypeId, std::vector<TypeId>, TriggerKind, std::vector<TypeId>>;
  std::map<Key, std::vector<const Rule*>> groups;
  std::vector<Key> order;
  for (const Rule& r : standard.rules) {
    if (r.scope.level == Level::case_open) continue;
    std::vector<TypeId> types = r.records.types;
    std::sort(types.begin(), types.end());
    const bool triggered = r.kind == Kind::deadline || r.kind == Kind::lead_time;
    std::vector<TypeId> trigger_types = triggered ? r.trigger.record.types : std::vector<TypeId>{};
    std::sort(trigger_types.begin(), trigger_types.end());
    Key key{r.measure, r.kind, r.scope.level, r.scope.episode_type, types,
            triggered ? r.trigger.kind : TriggerKind::start, trigger_types};
    auto [it, fresh] = groups.try_emplace(key);
    if (fresh) order.push_back(key);
    it->second.push_back(&r);
  }
  std::vector<std::string> out;
  for (const Key& key : order) {
    const auto& rules = groups[key];
    if (rules.size() < 2) continue;
    TagMask used = 0;
    for (const Rule* r : rules) used |= r->scope.tags_all | r->scope.tags_none | r->scope.tags_any;
    if (used == 0) continue;  // not told apart by tags: separate requirements, not variants
    std::vector<int> bits;
    for (int b = 0; b < 64; ++b)
      if (used & (TagMask{1} << b)) bits.push_back(b);
    if (bits.size() > 12) continue;  // too many to try every combination
    const std::string episode = vocab.episode_types()[std::get<3>(key)].name;
    // An episode is owed by none on purpose when every variant turns its tag
    // away (short breaks), or when every variant is for tagged episodes only.
    TagMask excluded_by_all = ~TagMask{0};
    bool one_for_any = false;
    for (const Rule* r : rules) {
      excluded_by_all &= r->scope.tags_none;
      one_for_any = one_for_any || (r->scope.tags_all == 0 && r->scope.tags_any == 0);
    }
    std::vector<std::pair<const Rule*, const Rule*>> reported_overlaps;
    bool reported_gap = false;
    for (uint32_t combo = 0; combo < (1u << bits.size()); ++combo) {
      TagMask tags = 0;
      for (size_t i = 0; i < bits.size(); ++i)
        if (combo & (1u << i)) tags |= TagMask{1} << bits[i];
      std::vector<const Rule*> applying;
      for (const Rule* r : rules)
        if (accepts(r->scope, tags)) applying.push_back(r);
      if (applying.empty() && !reported_gap && one_for_any && (tags & excluded_by_all) == 0) {
        reported_gap = true;
        std::string names;
        for (const Rule* r : rules) names += (names.empty() ? "'" : ", '") + r->id + "'";
        out.push_back(fmt::format("{}:{}:1: warning: none of the variants {} applies to a {} episode {}", origin,
                                  rules[0]->line, names, episode, tag_list(tags, vocab)));
      }
      for (size_t i = 0; i < applying.size(); ++i)
        for (size_t j = i + 1; j < applying.size(); ++j) {
          const auto pair = std::make_pair(applying[i], applying[j]);
          if (std::find(reported_overlaps.begin(), reported_overlaps.end(), pair) != reported_overlaps.end()) continue;
          reported_overlaps.push_back(pair);
          out.push_back(fmt::format("{}:{}:1: warning: variants '{}' and '{}' both apply to a {} episode {}: it "
                                    "would owe the requirement twice",
                                    origin, applying[j]->line, applying[i]->id, applying[j]->id, episode,
                                    tag_list(tags, vocab)));
        }
    }
  }
  return out;
}

}  // namespace ca
