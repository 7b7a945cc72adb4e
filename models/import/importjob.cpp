// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "columnmapping.h"
#include "common/crashpoint.h"
#include "conversionpipeline.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "jsonlinesreader.h"
#include "rejectlog.h"
#include "rowwriter.h"
#include "store/projectstore.h"
#include "store/protectedfiles.h"
#include "store/sqlitestatement.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quadrant {

namespace {

constexpr int s_sampleRows = 1000;

// Rolls the import's transaction back unless it was committed.
class TransactionGuard
{
public:
    explicit TransactionGuard(sqlite3 *db)
        : m_db(db)
    {}
    ~TransactionGuard()
    {
        if (m_open)
            execSql(m_db, "ROLLBACK");
    }
    std::optional<Failure> begin()
    {
        auto failure = execSql(m_db, "BEGIN IMMEDIATE");
        m_open = !failure;
        return failure;
    }
    std::optional<Failure> commit()
    {
        auto failure = execSql(m_db, "COMMIT");
        if (!failure)
            m_open = false;
        return failure;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

QString describeRequest(const ImportRequest &request, const QString &detected)
{
    QJsonObject settings;
    settings.insert(QStringLiteral("detected"), detected);
    settings.insert(QStringLiteral("mappings"), request.mappings.join(QLatin1Char(' ')));
    settings.insert(QStringLiteral("time_format"), request.time.name());
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

} // namespace

FileFormat ImportJob::detectFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileFormat::Csv; // the CSV reader reports the error
    if (XlsxReader::looksLikeZip(file.peek(4)))
        return FileFormat::Xlsx;
    if (JsonLinesReader::looksLikeJsonLines(&file))
        return FileFormat::JsonLines;
    return FileFormat::Csv;
}

std::unique_ptr<RecordReader> ImportJob::openReader(const ImportRequest &request, Failure *failure)
{
    if (!QFileInfo::exists(request.file)) {
        *failure = Failure(QCoreApplication::translate("Quadrant", "no such file"), request.file);
        return nullptr;
    }
    if (QFileInfo(request.file).isDir()) {
        *failure = Failure(QCoreApplication::translate("Quadrant", "is a folder, not a file"),
                           request.file);
        return nullptr;
    }
    if (!QFileInfo(request.file).isFile()) {
        *failure = Failure(
            QCoreApplication::translate(
                "Quadrant", "is not a regular file (a device or a pipe); save it to a file first"),
            request.file);
        return nullptr;
    }
    const FileFormat format
        = request.format == FileFormat::Auto ? detectFormat(request.file) : request.format;
    std::unique_ptr<RecordReader> reader;
    bool opened = false;
    switch (format) {
    case FileFormat::Xlsx: {
        auto xlsx = std::make_unique<XlsxReader>(request.file);
        opened = xlsx->open();
        reader = std::move(xlsx);
        break;
    }
    case FileFormat::JsonLines: {
        auto json = std::make_unique<JsonLinesReader>(request.file);
        opened = json->open();
        reader = std::move(json);
        break;
    }
    default: {
        auto csv = std::make_unique<CsvReader>(request.file, request.csv);
        opened = csv->open();
        reader = std::move(csv);
        break;
    }
    }
    if (!opened) {
        *failure = reader->failure().value_or(
            Failure(QCoreApplication::translate("Quadrant", "cannot read"), request.file));
        return nullptr;
    }
    return reader;
}

ImportOutcome ImportJob::run(ProjectStore &store, const ImportRequest &request, JobContext &context)
{
    heavyWork("ImportJob::run");
    QElapsedTimer timer;
    timer.start();
    ImportOutcome outcome;
    ImportSummary &summary = outcome.summary;
    summary.kind = request.kind;
    summary.file = request.file;
    const QString fileName = QDir::toNativeSeparators(request.file);
    auto failWith = [&](Failure failure) {
        if (failure.file.isEmpty())
            failure.file = fileName;
        outcome.failure = std::move(failure);
        return outcome;
    };

    if (!store.isOpen())
        return failWith(Failure(QCoreApplication::translate("Quadrant", "no project is open")));
    if (store.isReadOnly())
        return failWith(
            Failure(QCoreApplication::translate("Quadrant", "the project is open read-only (%1)")
                        .arg(store.readOnlyReason()),
                    store.path()));

    // The file being read must not be overwritten by anything this import writes (--rejects).
    const ProtectedFiles::Hold inputProtection
        = ProtectedFiles::protect(request.file, ProtectedFiles::Role::Input);
    Failure openFailure;
    std::unique_ptr<RecordReader> reader = openReader(request, &openFailure);
    if (!reader)
        return failWith(openFailure);
    summary.description = reader->description();
    const KindSpec &spec = kindSpec(request.kind);

    // Sample rows decide time formats and numeric properties, and (for JSON lines) which keys
    // exist before the mapping is suggested.
    std::vector<Record> sample;
    while (int(sample.size()) < s_sampleRows) {
        Record record;
        if (!reader->next(record))
            break;
        sample.push_back(std::move(record));
    }
    if (reader->failure())
        return failWith(*reader->failure());
    if (sample.empty())
        return failWith(Failure(
            QCoreApplication::translate("Quadrant", "the file has a header but no data rows")));

    // Not one sampled line could be read (too long, nested too deep, not JSON): that is the
    // problem to name, not the columns it left undiscovered.
    const bool anyReadable = std::any_of(sample.cbegin(), sample.cend(), [](const Record &record) {
        return record.error.isEmpty();
    });
    if (!anyReadable && sample.size() == 1)
        return failWith(Failure(QString::fromUtf8(sample.front().error),
                                fileName,
                                sample.front().line,
                                sample.front().errorColumn));
    if (!anyReadable)
        return failWith(
            Failure(QCoreApplication::translate("Quadrant", "no line could be read; the first: %1")
                        .arg(QString::fromUtf8(sample.front().error)),
                    fileName,
                    sample.front().line,
                    sample.front().errorColumn));

    const QStringList header = reader->header();
    ColumnMapping mapping = ColumnMapping::suggest(spec, header);
    for (const QString &assignment : request.mappings) {
        if (auto failure = mapping.applyOverride(spec, header, assignment))
            return failWith(*failure);
    }
    const QStringList missing = mapping.missingRequired(spec);
    if (!missing.isEmpty())
        return failWith(
            Failure(QCoreApplication::translate(
                        "Quadrant", "no column for %1 (columns: %2); name one with --map %3=COLUMN")
                        .arg(missing.join(QStringLiteral(", ")),
                             header.join(QStringLiteral(", ")),
                             missing.first())));

    RecordReader *source = reader.get();
    RowConverter converter(spec, mapping, [source] { return source->header(); });
    converter.setTimeSpec(request.time);
    converter.setDecimalComma(request.csv.delimiter == ';');
    if (auto *csv = dynamic_cast<CsvReader *>(source)) {
        converter.setValidateUtf8(csv->encoding() == TextEncoding::Utf8);
        converter.setDecimalComma(csv->delimiter() == ';');
    }
    converter.learn(sample);

    sqlite3 *db = store.handle();
    TransactionGuard transaction(db);
    if (auto failure = transaction.begin())
        return failWith(
            Failure(QCoreApplication::translate("Quadrant", "cannot start the import: %1")
                        .arg(failure->message),
                    store.path()));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqliteStatement logInsert;
    if (auto failure
        = logInsert.prepare(db,
                            "INSERT INTO import_log(kind, file, started_at, finished_at, rows_read,"
                            " rows_imported, rows_rejected, settings) VALUES (?,?,?,?,0,0,0,?)"))
        return failWith(*failure);
    const QByteArray kindName = spec.name.toUtf8();
    const QByteArray fileUtf8 = QFileInfo(request.file).absoluteFilePath().toUtf8();
    const QByteArray settings = describeRequest(request, summary.description).toUtf8();
    logInsert.bindText(1, kindName);
    logInsert.bindText(2, fileUtf8);
    logInsert.bind(3, now);
    logInsert.bind(4, now);
    logInsert.bindText(5, settings);
    if (!logInsert.execute())
        return failWith(Failure(logInsert.errorText(), store.path()));
    summary.importId = sqlite3_last_insert_rowid(db);

    RejectLog rejects;
    if (auto failure = rejects.begin(db, summary.importId, fileName, request.rejectsPath))
        return failWith(*failure);

    std::unique_ptr<RowWriter> writer = RowWriter::create(request.kind);
    const qint64 totalBytes = std::max<qint64>(1, reader->totalBytes());
    const qint64 sampleBytes = std::max<qint64>(1, reader->bytesRead());
    const qint64 expectedRows
        = qint64(double(sample.size()) * double(totalBytes) / double(sampleBytes));
    if (auto failure = writer->begin(db, summary.importId, expectedRows))
        return failWith(*failure);

    // The time range imported, of the kind's first time field, for the summary.
    int timeField = -1;
    for (int f = 0; f < spec.fields.size() && timeField < 0; ++f)
        if (spec.fields[f].type == FieldType::Time || spec.fields[f].type == FieldType::Date)
            timeField = f;
    if (timeField >= 0)
        summary.timeField = spec.fields[timeField].name;

    // Reading and converting run on a second thread, one batch ahead of the inserts.
    ConversionPipeline pipeline(*reader, converter, std::move(sample));
    const QString stage = QStringLiteral("Importing %1").arg(QFileInfo(request.file).fileName());
    while (ConvertedBatch *batch = pipeline.next()) {
        for (int i = 0; i < batch->size; ++i) {
            const Record &record = batch->records[size_t(i)];
            RowReject &reject = batch->rejects[size_t(i)];
            ++summary.rowsRead;
            bool stored = false;
            if (batch->converted[size_t(i)]) {
                switch (writer->write(batch->rows[size_t(i)], reject)) {
                case RowWriter::Outcome::Written:
                    stored = true;
                    break;
                case RowWriter::Outcome::Rejected:
                    break;
                case RowWriter::Outcome::Failed:
                    pipeline.stop();
                    return failWith(
                        Failure(QCoreApplication::translate("Quadrant", "cannot store the row: %1")
                                    .arg(writer->lastError()),
                                fileName,
                                record.line));
                }
            }
            if (stored) {
                ++summary.rowsImported;
                if (timeField >= 0) {
                    const FieldValue &time = batch->rows[size_t(i)].values[size_t(timeField)];
                    if (time.type == FieldValue::Type::Integer) {
                        summary.firstMs
                            = std::min(summary.firstMs.value_or(time.integer), time.integer);
                        summary.lastMs
                            = std::max(summary.lastMs.value_or(time.integer), time.integer);
                    }
                }
            } else {
                reject.line = record.line;
                summary.missingValues.add(reject);
                if (!rejects.add(reject, record.rawText())) {
                    pipeline.stop();
                    return failWith(Failure(rejects.lastError(), store.path()));
                }
            }
        }
        const qint64 position = batch->bytesRead;
        pipeline.recycle(batch);
        crashPoint("import.batch");
        if (context.isCanceled()) {
            pipeline.stop();
            return failWith(Failure(QCoreApplication::translate(
                "Quadrant", "import canceled; the project is unchanged")));
        }
        context.setProgress(0.95 * double(position) / double(totalBytes), stage);
    }
    pipeline.stop();
    if (reader->failure())
        return failWith(*reader->failure());
    if (context.isCanceled())
        return failWith(Failure(
            QCoreApplication::translate("Quadrant", "import canceled; the project is unchanged")));
    summary.rowsRejected = rejects.count();
    summary.firstRejects = rejects.first();
    if (auto failure = rejects.finishCsv())
        return failWith(*failure);
    if (summary.rowsImported == 0) {
        const RowReject &first = summary.firstRejects.first();
        return failWith(Failure(
            QCoreApplication::translate("Quadrant", "no row could be imported; first problem: %1")
                .arg(QString::fromUtf8(first.message)),
            fileName,
            first.line,
            first.column));
    }

    context.setProgress(0.96, QCoreApplication::translate("Quadrant", "Indexing"));
    if (auto failure = writer->finish())
        return failWith(*failure);

    SqliteStatement logUpdate;
    if (auto failure = logUpdate.prepare(
            db,
            "UPDATE import_log SET finished_at = ?, rows_read = ?, rows_imported = ?,"
            " rows_rejected = ? WHERE id = ?"))
        return failWith(*failure);
    logUpdate.bind(1, QDateTime::currentMSecsSinceEpoch());
    logUpdate.bind(2, summary.rowsRead);
    logUpdate.bind(3, summary.rowsImported);
    logUpdate.bind(4, summary.rowsRejected);
    logUpdate.bind(5, summary.importId);
    if (!logUpdate.execute())
        return failWith(Failure(logUpdate.errorText(), store.path()));
    if (!ProjectStore::bumpDataVersion(db))
        return failWith(Failure(QCoreApplication::translate("Quadrant", "cannot record the import"),
                                store.path()));
    if (context.isCanceled())
        return failWith(Failure(
            QCoreApplication::translate("Quadrant", "import canceled; the project is unchanged")));
    crashPoint("import.commit");
    if (auto failure = transaction.commit())
        return failWith(
            Failure(QCoreApplication::translate("Quadrant", "cannot save the import: %1")
                        .arg(failure->message),
                    store.path()));
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Done"));
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

} // namespace Quadrant
