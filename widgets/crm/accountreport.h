// SPDX-License-Identifier: MIT
#pragma once

#include "crm/accountprofile.h"
#include "store/failure.h"

#include <memory>
#include <optional>

class QCustomPlot;
class QPagedPaintDevice;

namespace Quadrant {

// An account's health report, A4 portrait: the account and its score with band and trend, the
// score's measures, usage over 13 weeks and feature adoption as vector charts, its deals, its NPS
// answers with comments, its people and their last activity. Painted on any paged device: a PDF
// file, or the printer of a print preview.
class AccountReport
{
public:
    // Paints the report from the device's first page on; starts new pages as it needs.
    static void paint(QPagedPaintDevice &device, const AccountProfile &profile);
    // Writes the report as a PDF, atomically. The PDF's title is "ACCOUNT NAME — health report".
    static std::optional<Failure> writePdf(const QString &path, const AccountProfile &profile);
    // Weekly events and active persons of the account, the chart of the report and the page.
    static std::unique_ptr<QCustomPlot> usageChart(const AccountProfile &profile);
    // "Novagate Bank - id acc-0001.pdf": a file name from the account's name and id, safe on
    // any disk, and different for every id (the id is in it, escaped reversibly).
    static QString fileName(const CrmAccount &account);
};

} // namespace Quadrant
