// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Quadrant {

// Writes an output file whole or not at all (QSaveFile: a temporary renamed into place), after
// ProtectedFiles has agreed that the path is not a project, its journal or lock, or an input.
std::optional<Failure> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Quadrant
