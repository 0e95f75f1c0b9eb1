// Placeholder until the Akoma Ntoso writer lands.
#include "haven/law/formats.h"

namespace haven::law {
std::string to_akoma_ntoso(const Resolution& /*resolution*/) { return {}; }
}  // namespace haven::law
