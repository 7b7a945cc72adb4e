// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QString>

#include <optional>

namespace Quadrant {

class JobContext;

// A copy of a project that a consultant can show a client's results with, without the client's
// data: person ids (user ids and every aliased raw id), account ids and names, lead and deal
// ids, e-mail-like values, personal fields (names, owners, phones, addresses), NPS comments and
// free-text properties are replaced by stable pseudonyms ("demo_person_0042", "Company 0007"). The
// same value gets the same pseudonym everywhere in the copy, so counts and every analysis stay
// as they were; identifiers a saved analysis names are renamed in its definition too.
//
// Also cleared: import file paths and settings, the raw text of rejected rows, the event-index
// snapshot (rebuilt from the pseudonymised data), and every page that held the old values (the
// copy is written with VACUUM INTO, so no freed page keeps them).
//
// The copy holds only what Quadrant knows (an allow-list of tables, columns and settings; see
// PrivateProject), and the original values are never written to a file: the pseudonyms are made
// in a private temporary database, and the copy reaches its name through a work file of its own.
//
// Categorical values (plan, channel, industry, event names, a property with at most 50
// different values) are kept: they are what analyses group and filter by.
class DemoCopy
{
public:
    struct Report
    {
        qsizetype persons = 0, accounts = 0, emails = 0, comments = 0, freeTextValues = 0,
                  otherValues = 0;
        // Left out because Quadrant does not know them (PrivateProject::LeftOut).
        int leftOutObjects = 0, leftOutColumns = 0, leftOutSettings = 0;
    };
    // A string property with more different non-numeric, non-date values than this is free text.
    static constexpr int categoricalLimit = 50;

    static std::optional<Failure> write(const QString &sourcePath,
                                        const QString &targetPath,
                                        JobContext &context,
                                        Report *report = nullptr);
};

} // namespace Quadrant
