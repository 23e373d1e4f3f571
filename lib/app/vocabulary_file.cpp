#include "app/vocabulary_file.h"

#include "core/status.h"
#include "standard/registry.h"

namespace ca {

const Vocabulary& vocabulary_for(const std::optional<std::string>& file, std::optional<Vocabulary>& storage) {
  if (!file) return Vocabulary::builtin();
  std::string text;
  if (Status s = read_whole_file(*file, text); !s) throw FatalError{*file + ": cannot read: " + s.message()};
  storage = Vocabulary::parse(text, *file);
  return *storage;
}

}  // namespace ca
