#include "data/schema.h"

namespace ca {
namespace {

constexpr ColumnSpec kCases[] = {{"case_id", true},     {"dob", false},  {"open_date", false},
                                 {"close_date", false}, {"team", false}, {"worker", false}};
constexpr ColumnSpec kEpisodes[] = {
    {"case_id", true}, {"episode_type", true}, {"start_date", true}, {"end_date", false}, {"tags", false}};
constexpr ColumnSpec kVisits[] = {{"case_id", true},     {"visit_date", true},  {"seen", false},
                                  {"seen_alone", false}, {"location", false},   {"visit_type", false},
                                  {"recorded_date", false}};
constexpr ColumnSpec kReviews[] = {
    {"case_id", true}, {"review_type", true}, {"review_date", true}, {"recorded_date", false}};
constexpr ColumnSpec kContacts[] = {
    {"case_id", true}, {"contact_type", true}, {"contact_date", true}, {"recorded_date", false}};

}  // namespace

std::span<const ColumnSpec> columns_of(InputFile file) {
  switch (file) {
    case InputFile::cases: return kCases;
    case InputFile::episodes: return kEpisodes;
    case InputFile::visits: return kVisits;
    case InputFile::reviews: return kReviews;
    case InputFile::contacts: return kContacts;
  }
  return {};
}

}  // namespace ca
