// Dates for people: day, month name and year in the app's language ("26 de noviembre de 2026"),
// never the ambiguous 11/26/26. The pattern is translated, as word order and small words differ;
// QLocale's default is the app's language (LanguageController).
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include "textdirection.h"

namespace amparo::ui {

inline QString displayDate(const QDate& date) {
  // One unit when a line wraps: a date split over two lines reads wrongly, above all in Arabic.
  return unbreakable(QLocale().toString(
      date, QCoreApplication::translate("Dates", "d MMMM yyyy", "date pattern: day, month name, year")));
}

}  // namespace amparo::ui
