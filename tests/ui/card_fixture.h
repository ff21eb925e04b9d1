// A signed organization card valid around the real clock (the app checks expiry against the
// current time), shared by the app-side organization and camera-scanner tests.
#pragma once

#include <QDateTime>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "exchange/card.h"
#include "exchange/org_secret.h"

namespace amparo::ui::testing {

inline std::uint64_t now() {
  return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
}

inline exchange::OrgCard makeCard(const exchange::OrgKeys& keys,
                                  const std::string& name = "Legal Aid Hotline") {
  exchange::CardFields f;
  f.name = name;
  f.region = "Texas";
  f.hotline = "+1 555 0100";
  f.languages = "en,es";
  f.created = now() - 60;
  f.expires = now() + 365 * 24 * 3600;
  auto card = exchange::make_card(f, keys.sign, keys.box.public_key);
  REQUIRE(card);
  return card.value();
}

}  // namespace amparo::ui::testing
