// Text from outside a translation (names, file names, codes, dates, the person's own words) placed
// inside a translated sentence. Wrapped in a Unicode isolate it keeps its own direction and order,
// so "Centro de Ayuda Legal" or "AMPARO-ORG1:" read right inside Arabic and Arabic inside English.
// QML reaches these through the Language singleton (Language.isolate(), …).
#pragma once

#include <QChar>
#include <QString>

namespace amparo::ui {

// FSI … PDI: the text takes the direction of its first strong character.
inline QString isolated(const QString& text) {
  return QChar(0x2068) + text + QChar(0x2069);
}
// LRI … PDI: always left to right (phone numbers, safety numbers, codes).
inline QString leftToRight(const QString& text) {
  return QChar(0x2066) + text + QChar(0x2069);
}
// Spaces that do not break: a name or a date is never split over two lines (in Arabic its halves
// would land at opposite ends of the lines).
inline QString unbreakable(QString text) {
  return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

}  // namespace amparo::ui
