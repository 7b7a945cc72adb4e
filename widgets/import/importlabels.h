// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Quadrant::ImportLabels {

// What the window calls an import kind ("events", "nps") and a field ("user_id", "renewal_date")
// in the language of the window; the identifiers themselves (`--kind`, `--map`, the database)
// stay as they are. In English a label is the identifier.
QString kind(const QString &name);
QString field(const QString &name);
// An import log's file as a person reads it: "(built-in sample)" in words, else the file name.
QString file(const QString &path);

} // namespace Quadrant::ImportLabels
