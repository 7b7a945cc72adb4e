// SPDX-License-Identifier: MIT
#pragma once

#include "common/timeparser.h"
#include "csvreader.h"
#include "importkind.h"
#include "missingvaluetally.h"
#include "rowconverter.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace Quadrant {

class JobContext;
class ProjectStore;

enum class FileFormat { Auto, Csv, Xlsx, JsonLines };

// Everything a person (or a script) decides about one import.
struct ImportRequest
{
    ImportKind kind = ImportKind::Events;
    QString file;
    FileFormat format = FileFormat::Auto;
    CsvOptions csv;
    QStringList mappings; // "FIELD=COLUMN"
    TimeSpec time;
    QString rejectsPath; // optional CSV of rejected rows
};

struct ImportSummary
{
    ImportKind kind = ImportKind::Events;
    QString file;
    QString description; // what was detected
    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    double seconds = 0;
    QVector<RowReject> firstRejects;
    // The rejected rows that miss a required value, counted apart: they are the ones a person
    // expects to see (events with no user or no name) and may be far past the first rejects.
    MissingValueTally missingValues;
    // The earliest and latest moment of the kind's first time field over the rows stored
    // (events: their time; deals: created; NPS: answered; spend: its date). None: no such field.
    std::optional<qint64> firstMs, lastMs;
    QString timeField;
};

struct ImportOutcome
{
    std::optional<Failure> failure; // set: nothing in the project changed
    ImportSummary summary;
};

// Runs one import as one transaction: read, map, convert, store, log rejects. A fatal error, a
// cancel or a crash leaves the project as it was before.
class ImportJob
{
public:
    static ImportOutcome
    run(ProjectStore &store, const ImportRequest &request, JobContext &context);

    static FileFormat detectFormat(const QString &path);
    static std::unique_ptr<RecordReader> openReader(const ImportRequest &request, Failure *failure);
};

} // namespace Quadrant
