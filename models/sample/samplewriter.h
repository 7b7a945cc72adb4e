// SPDX-License-Identifier: MIT
#pragma once

#include "sampleworld.h"

struct sqlite3;

namespace Quadrant::Sample {

// Writes the world's accounts, persons, events and the anonymous ids they signed up from,
// through the import's own row writers, inside the caller's transaction.
std::optional<Failure> writeActivity(sqlite3 *db, const World &world, JobContext &context);
// Draws and writes what sales and marketing hold about the world: daily spend per paid channel,
// leads from signups, deals of accounts and NPS answers.
std::optional<Failure> writeCrm(sqlite3 *db, const World &world, Random &random, qint64 start);

} // namespace Quadrant::Sample
