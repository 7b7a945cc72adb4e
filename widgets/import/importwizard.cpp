// SPDX-License-Identifier: MIT
#include "importwizard.h"

#include "common/timeparser.h"
#include "export/tableexport.h"
#include "import/columnmapping.h"
#include "import/importlabels.h"
#include "import/rejectlog.h"
#include "item/recordtablemodel.h"
#include "jobs/jobcontext.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Quadrant {

namespace {
constexpr int s_previewRows = 20;
constexpr int s_shownRejects = 10000;

// A page whose Next button waits for a condition (the import to finish).
class ConditionalPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void recheck() { emit completeChanged(); }
};

QString formatInWords(const TimeSpec &spec)
{
    switch (spec.format) {
    case TimeFormat::Auto:
    case TimeFormat::Calendar:
        return QObject::tr("a calendar date and time");
    case TimeFormat::EpochSeconds:
        return QObject::tr("seconds since 1970");
    case TimeFormat::EpochMillis:
        return QObject::tr("milliseconds since 1970");
    case TimeFormat::ExcelSerial:
        return QObject::tr("an Excel date number");
    case TimeFormat::Pattern:
        return QObject::tr("the pattern “%1”").arg(spec.pattern);
    }
    return spec.name();
}

QComboBox *comboWith(QWidget *parent, const QList<QPair<QString, QVariant>> &items)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    return combo;
}
} // namespace

ImportWizard::ImportWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
    , m_rejectsModel(new RecordTableModel(this))
    , m_job(new Job(this))
{
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(860, 600);
    setPage(FilePage, buildFilePage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(MappingPage, buildMappingPage());
    setPage(RunPage, buildRunPage());
    setPage(SummaryPage, buildSummaryPage());
    connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        if (!stage.isEmpty())
            m_runStatus->setText(stage);
    });
    // A cancel drops the import's outcome: the transaction was rolled back.
    connect(m_job, &Job::canceled, this, [this] {
        ImportOutcome outcome;
        outcome.failure = Failure(tr("import canceled; the project is unchanged"));
        importDone(outcome);
    });
    connect(this, &QWizard::rejected, this, &ImportWizard::cancelImport);
}

ImportWizard::~ImportWizard() = default; // the Job cancels a running import and never waits

void ImportWizard::importDone(const ImportOutcome &outcome)
{
    m_summary = outcome.summary;
    m_failure = outcome.failure;
    m_finished = true;
    static_cast<ConditionalPage *>(page(RunPage))->recheck();
    showSummary();
    emit importFinished(!m_failure);
    if (currentId() == RunPage)
        next();
}

QWizardPage *ImportWizard::buildFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("CSV or TSV, Excel (.xlsx), or JSON lines as Mixpanel, PostHog and "
                         "Sensors Analytics export them."));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this,
            tr("Import Data"),
            QFileInfo(m_file->text()).absolutePath(),
            tr("Data files (*.csv *.tsv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const QString &name : importKindNames()) {
        ImportKind kind;
        parseImportKind(name, &kind);
        m_kind->addItem(ImportLabels::kind(name), int(kind));
    }
    m_kindGuess = new QLabel(page);
    m_kindGuess->setObjectName(QStringLiteral("importKindGuess"));
    m_kindGuess->setWordWrap(true);
    // The kind follows the file's columns until the person chooses one.
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_file, &QLineEdit::textChanged, this, &ImportWizard::guessKind);
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("File"), row);
    form->addRow(tr("It holds"), m_kind);
    form->addRow(QString(), m_kindGuess);
    auto *hint = new QLabel(
        tr("Events are what people did (one row per event); persons, accounts, leads, deals, spend "
           "and "
           "NPS are your CRM and marketing tables. Aliases join several ids into one person."),
        page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWizardPage *ImportWizard::buildPreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check how the file reads"));
    page->setSubTitle(
        tr("The first rows as Quadrant understands them. Change anything that was guessed wrong."));
    m_encoding = comboWith(page,
                           {{tr("Detect"), int(TextEncoding::Auto)},
                            {QStringLiteral("UTF-8"), int(TextEncoding::Utf8)},
                            {QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LE)},
                            {QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BE)},
                            {QStringLiteral("GB18030 / GBK"), int(TextEncoding::Gb18030)}});
    m_delimiter = comboWith(page,
                            {{tr("Detect"), 0},
                             {tr("Comma"), int(',')},
                             {tr("Semicolon"), int(';')},
                             {tr("Tab"), int('\t')},
                             {tr("Pipe"), int('|')}});
    m_header = comboWith(page,
                         {{tr("Detect"), int(CsvOptions::Header::Auto)},
                          {tr("First row is a header"), int(CsvOptions::Header::Yes)},
                          {tr("No header row"), int(CsvOptions::Header::No)}});
    m_timeFormat = comboWith(page,
                             {{tr("Detect"), QStringLiteral("auto")},
                              {tr("Dates (ISO 8601 and common forms)"), QStringLiteral("iso")},
                              {tr("Unix seconds"), QStringLiteral("epoch-s")},
                              {tr("Unix milliseconds"), QStringLiteral("epoch-ms")},
                              {tr("Excel serial dates"), QStringLiteral("excel")}});
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    auto *controls = new QFormLayout;
    controls->addRow(tr("Text encoding"), m_encoding);
    controls->addRow(tr("Delimiter"), m_delimiter);
    controls->addRow(tr("Header"), m_header);
    controls->addRow(tr("Times"), m_timeFormat);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 1);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_header})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    return page;
}

QWizardPage *ImportWizard::buildMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Which column holds each field. Suggested from the column names; every "
                         "other column is kept as a "
                         "property you can filter and break down by."));
    m_mappingHost = new QWidget(page);
    m_mappingForm = new QFormLayout(m_mappingHost);
    m_mappingProblem = new QLabel(page);
    m_mappingProblem->setWordWrap(true);
    QPalette warning = m_mappingProblem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xD5, 0x5E, 0x00));
    m_mappingProblem->setPalette(warning);
    m_timeDetected = new QLabel(page);
    m_timeDetected->setObjectName(QStringLiteral("importTimeDetected"));
    m_timeDetected->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingHost);
    layout->addWidget(m_timeDetected);
    layout->addWidget(m_mappingProblem);
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::buildRunPage()
{
    auto *page = new ConditionalPage;
    page->complete = [this] { return m_finished; };
    page->setTitle(tr("Importing"));
    page->setSubTitle(
        tr("All of the file goes in, or nothing: cancelling leaves the project as it was."));
    m_progress = new QProgressBar(page);
    m_runStatus = new QLabel(page);
    m_cancel = new QPushButton(tr("Cancel Import"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::buildSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    m_summaryText = new QLabel(page);
    m_summaryText->setWordWrap(true);
    m_summaryText->setObjectName(QStringLiteral("importSummary"));
    m_rejects = new QTableView(page);
    m_rejects->setModel(m_rejectsModel);
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->setAlternatingRowColors(true);
    auto *exportButton = new QPushButton(tr("Export Rejected Rows…"), page);
    exportButton->setObjectName(QStringLiteral("importExportRejects"));
    m_exportRejects = exportButton;
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this,
            tr("Export Rejected Rows"),
            QFileInfo(m_summary.file).completeBaseName() + QStringLiteral("-rejected.csv"),
            tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (auto failure = exportRejects(path))
            QMessageBox::warning(this, tr("Cannot export"), failure->toString());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryText);
    layout->addWidget(m_rejects, 1);
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return page;
}

void ImportWizard::setFile(const QString &file)
{
    m_file->setText(file);
}

void ImportWizard::setKind(ImportKind kind)
{
    m_kindChosen = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

void ImportWizard::guessKind()
{
    const QString file = m_file->text().trimmed();
    if (!QFileInfo(file).isFile()) {
        m_kindGuess->clear();
        return;
    }
    ImportRequest probe;
    probe.file = file;
    Failure failure;
    const std::unique_ptr<RecordReader> reader = ImportJob::openReader(probe, &failure);
    if (!reader) {
        m_kindGuess->setText(tr("Cannot read this file: %1").arg(failure.toString()));
        return;
    }
    QStringList found;
    const ImportKind likely = ColumnMapping::likelyKind(reader->header(), &found);
    const QString name = ImportLabels::kind(kindSpec(likely).name);
    if (found.isEmpty()) {
        m_kindGuess->setText(tr("Its columns do not say what it holds: choose the kind."));
        return;
    }
    m_kindGuess->setText(tr("Its columns look like <b>%1</b> (%2).")
                             .arg(name, found.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!m_kindChosen)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(likely))));
}

QString ImportWizard::timeInWords() const
{
    // The kind's first time field, its column and its first value converted, as the import
    // will read it: "时间: '2024-03-01 10:00:00' -> 2024-03-01 10:00 UTC".
    const ImportRequest current = request();
    const KindSpec &spec = kindSpec(current.kind);
    for (int f = 0; f < spec.fields.size() && f < m_mappingBoxes.size(); ++f) {
        const FieldSpec &field = spec.fields[f];
        if (field.type != FieldType::Time && field.type != FieldType::Date)
            continue;
        const int column = m_mappingBoxes[f]->currentData().toInt();
        if (column <= 0)
            return QString();
        QVector<QByteArray> samples;
        for (int r = 0; r < m_preview->rowCount(); ++r)
            if (const QTableWidgetItem *item = m_preview->item(r, column - 1);
                item && !item->text().trimmed().isEmpty())
                samples << item->text().toUtf8();
        if (samples.isEmpty())
            return QString();
        const TimeSpec spec
            = current.time.format == TimeFormat::Auto ? TimeParser::detect(samples) : current.time;
        QByteArray error;
        const auto ms = TimeParser(spec).parse(samples.first(), &error);
        const QString columnName = m_previewHeader.value(column - 1);
        if (!ms)
            return tr("%1 is read from column “%2” as %3, but its first value “%4” is not one: %5")
                .arg(ImportLabels::field(field.name),
                     columnName,
                     formatInWords(spec),
                     QString::fromUtf8(samples.first()),
                     QString::fromUtf8(error));
        return tr("%1 is read from column “%2” as %3: “%4” → %5 UTC")
            .arg(ImportLabels::field(field.name),
                 columnName,
                 formatInWords(spec),
                 QString::fromUtf8(samples.first()),
                 QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    return QString();
}

ImportRequest ImportWizard::request() const
{
    ImportRequest request;
    request.file = m_file->text().trimmed();
    request.kind = ImportKind(m_kind->currentData().toInt());
    request.csv.encoding = TextEncoding(m_encoding->currentData().toInt());
    request.csv.delimiter = char(m_delimiter->currentData().toInt());
    request.csv.header = CsvOptions::Header(m_header->currentData().toInt());
    TimeParser::parseSpec(m_timeFormat->currentData().toString(), &request.time);
    const KindSpec &spec = kindSpec(request.kind);
    for (int f = 0; f < m_mappingBoxes.size() && f < spec.fields.size(); ++f) {
        const int column = m_mappingBoxes[f]->currentData().toInt();
        if (column > 0)
            request.mappings << QStringLiteral("%1=%2").arg(spec.fields[f].name).arg(column);
    }
    return request;
}

QString ImportWizard::detectedDescription() const
{
    return m_detected->text();
}

QComboBox *ImportWizard::mappingBox(const QString &field) const
{
    const int index = kindSpec(ImportKind(m_kind->currentData().toInt())).fieldIndex(field);
    return index >= 0 && index < m_mappingBoxes.size() ? m_mappingBoxes[index] : nullptr;
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        refreshPreview();
    else if (id == MappingPage)
        rebuildMapping();
    else if (id == RunPage)
        startImport();
    QWizard::initializePage(id);
}

int ImportWizard::nextId() const
{
    // Back from the summary is not a thing: the import happened.
    return currentId() == SummaryPage ? -1 : QWizard::nextId();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !QFileInfo(m_file->text().trimmed()).isFile()) {
        QMessageBox::warning(this, tr("Import Data"), tr("Choose a file to import."));
        return false;
    }
    if (currentId() == MappingPage) {
        const KindSpec &spec = kindSpec(ImportKind(m_kind->currentData().toInt()));
        QStringList missing;
        for (int f = 0; f < spec.fields.size() && f < m_mappingBoxes.size(); ++f)
            if (spec.fields[f].required && m_mappingBoxes[f]->currentData().toInt() == 0)
                missing << ImportLabels::field(spec.fields[f].name);
        if (!missing.isEmpty()) {
            m_mappingProblem->setText(
                tr("Choose a column for %1: %2 cannot be imported without it.")
                    .arg(missing.join(QStringLiteral(", ")), m_kind->currentText()));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::refreshPreview()
{
    ImportRequest preview = request();
    preview.mappings.clear();
    Failure failure;
    std::unique_ptr<RecordReader> reader = ImportJob::openReader(preview, &failure);
    m_preview->clear();
    m_previewHeader.clear();
    if (!reader) {
        m_detected->setText(tr("Cannot read this file: %1").arg(failure.toString()));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_detected->setText(tr("Read as %1.").arg(reader->description()));
    m_previewHeader = reader->header();
    m_preview->setColumnCount(int(m_previewHeader.size()));
    m_preview->setHorizontalHeaderLabels(m_previewHeader);
    Record record;
    int row = 0;
    m_preview->setRowCount(0);
    while (row < s_previewRows && reader->next(record)) {
        m_preview->insertRow(row);
        if (!record.error.isEmpty()) {
            auto *item = new QTableWidgetItem(
                tr("line %1: %2").arg(record.line).arg(QString::fromUtf8(record.error)));
            item->setForeground(QColor(0xD5, 0x5E, 0x00));
            m_preview->setItem(row, 0, item);
        }
        for (int c = 0;
             c < record.fieldCount() && c < m_preview->columnCount() && record.error.isEmpty();
             ++c)
            m_preview->setItem(
                row, c, new QTableWidgetItem(QString::fromUtf8(record.field(c).toByteArray())));
        m_preview->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(record.line)));
        ++row;
    }
    m_preview->resizeColumnsToContents();
}

void ImportWizard::rebuildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_mappingBoxes.clear();
    m_mappingProblem->clear();
    const KindSpec &spec = kindSpec(ImportKind(m_kind->currentData().toInt()));
    const ColumnMapping suggested = ColumnMapping::suggest(spec, m_previewHeader);
    for (int f = 0; f < spec.fields.size(); ++f) {
        const FieldSpec &field = spec.fields[f];
        auto *combo = new QComboBox(m_mappingHost);
        combo->addItem(field.required ? tr("(choose a column)") : tr("(not in this file)"), 0);
        for (int c = 0; c < m_previewHeader.size(); ++c)
            combo->addItem(QStringLiteral("%1. %2").arg(c + 1).arg(m_previewHeader[c]), c + 1);
        combo->setCurrentIndex(std::max(0, suggested.column(f) + 1));
        combo->setObjectName(QStringLiteral("map_") + field.name);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_timeDetected->setText(timeInWords());
        });
        m_mappingBoxes << combo;
        const QString label = ImportLabels::field(field.name);
        m_mappingForm->addRow(field.required ? QStringLiteral("%1 *").arg(label) : label, combo);
    }
    m_timeDetected->setText(timeInWords());
}

void ImportWizard::startImport()
{
    const ImportRequest job = request();
    m_finished = false;
    m_failure.reset();
    m_progress->setValue(0);
    m_runStatus->setText(tr("Reading %1…").arg(QFileInfo(job.file).fileName()));
    m_cancel->setEnabled(true);
    const QString project = m_projectPath;
    m_job->start<ImportOutcome>(
        [project, job](JobContext &context) {
            ProjectStore store; // this worker's own connection; the window keeps its own open
            if (auto failure = store.openAlongside(project, ProjectStore::Access::ReadWrite)) {
                ImportOutcome outcome;
                outcome.failure = failure;
                return outcome;
            }
            return ImportJob::run(store, job, context);
        },
        [this](const ImportOutcome &outcome) { importDone(outcome); });
}

void ImportWizard::cancelImport()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_runStatus->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void ImportWizard::showSummary()
{
    if (m_failure) {
        m_summaryText->setText(
            tr("<b>Nothing was imported.</b> %1<br>The project is exactly as it was before.")
                .arg(m_failure->toString().toHtmlEscaped()));
        m_rejectsModel->setTable(RecordTable());
        m_exportRejects->setEnabled(false);
        return;
    }
    QString range;
    if (m_summary.firstMs && m_summary.lastMs) {
        auto day = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        range = tr(" Their %1 runs from %2 to %3 UTC.")
                    .arg(m_summary.timeField, day(*m_summary.firstMs), day(*m_summary.lastMs));
    }
    QString rejected = m_summary.rowsRejected == 0
                           ? tr("No row was rejected.")
                           : tr("%1 rows were rejected; each is listed below with its "
                                "reason and can be exported, "
                                "corrected and imported again.")
                                 .arg(QLocale().toString(m_summary.rowsRejected));
    // The rows with no user or no event, counted whatever else was rejected (the same sentence
    // as quadrant-cli's warning).
    const QString missing = m_summary.missingValues.sentence(m_summary.kind == ImportKind::Events);
    if (!missing.isEmpty())
        rejected += QLatin1Char(' ') + missing + QLatin1Char('.');
    m_summaryText->setText(tr("<b>%1 of %2 rows imported</b> from %3 (%4).%6 %5")
                               .arg(QLocale().toString(m_summary.rowsImported),
                                    QLocale().toString(m_summary.rowsRead),
                                    QFileInfo(m_summary.file).fileName().toHtmlEscaped(),
                                    m_summary.description.toHtmlEscaped(),
                                    rejected.toHtmlEscaped(),
                                    range.toHtmlEscaped()));
    RecordTable rejects;
    ProjectStore reader;
    if (!reader.openAlongside(m_projectPath, ProjectStore::Access::ReadOnly))
        rejects = RejectLog::storedRows(reader, m_summary.importId, s_shownRejects);
    m_rejectsModel->setTable(rejects);
    m_rejects->resizeColumnsToContents();
    m_rejects->setVisible(!rejects.rows.isEmpty());
    m_exportRejects->setEnabled(!rejects.rows.isEmpty()); // nothing to export otherwise
}

std::optional<Failure> ImportWizard::exportRejects(const QString &path) const
{
    return TableExport::write(m_rejectsModel->table(), path);
}

} // namespace Quadrant
