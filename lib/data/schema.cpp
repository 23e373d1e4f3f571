#include "data/schema.h"

namespace ca {

size_t Schema::keys(InputFile file) { return file == InputFile::visits ? 2 : 3; }

Schema::Schema(const Vocabulary& vocab) {
  columns_[static_cast<size_t>(InputFile::cases)] = {{"case_id", true},    {"dob", false},  {"open_date", false},
                                                     {"close_date", false}, {"team", false}, {"worker", false}};
  columns_[static_cast<size_t>(InputFile::episodes)] = {
      {"case_id", true}, {"episode_type", true}, {"start_date", true}, {"end_date", false}, {"tags", false}};
  columns_[static_cast<size_t>(InputFile::visits)] = {{"case_id", true}, {"visit_date", true}};
  columns_[static_cast<size_t>(InputFile::reviews)] = {{"case_id", true}, {"review_type", true}, {"review_date", true}};
  columns_[static_cast<size_t>(InputFile::contacts)] = {
      {"case_id", true}, {"contact_type", true}, {"contact_date", true}};
  for (InputFile file : {InputFile::visits, InputFile::reviews, InputFile::contacts}) {
    const auto& fields = vocab.fields(record_file_of(file));
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].kind != FieldKind::text)
        columns_[static_cast<size_t>(file)].push_back({fields[i].name, fields[i].required, static_cast<int>(i)});
  }
}

}  // namespace ca
