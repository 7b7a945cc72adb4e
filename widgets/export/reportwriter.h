// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "store/failure.h"

#include <QVector>

#include <memory>
#include <optional>

class QWidget;

namespace Quadrant {

// A printable report: a cover with the project and the date, then a landscape A4 page per
// analysis with its name, its chart (vector) and the first rows of its table, as a PDF.
class ReportWriter
{
public:
    struct Section
    {
        QString title;    // the analysis's name
        QString subtitle; // what kind of analysis it is
        QString summary;  // the result in words (an A/B verdict), above the chart
        QWidget *chart = nullptr;
        RecordTable table;
    };
    static std::optional<Failure>
    writePdf(const QString &path, const QString &projectName, const QVector<Section> &sections);
    static constexpr int tableRowsShown = 14;
};

} // namespace Quadrant
