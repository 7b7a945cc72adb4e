// SPDX-License-Identifier: MIT
#include "exportactions.h"

#include "analysiskinds.h"
#include "analysistabs.h"
#include "analysisview.h"
#include "appsettings.h"
#include "chartexport.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "export/tableexport.h"
#include "project/projectcontroller.h"
#include "reportwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QSpinBox>

#include <memory>

namespace Quadrant {

namespace {

// Asks for the size and resolution of a PNG export.
bool askImageSize(QWidget *parent, QSize *size, int *dpi)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Image Size"));
    auto *width = new QSpinBox(&dialog), *height = new QSpinBox(&dialog),
         *resolution = new QSpinBox(&dialog);
    width->setRange(200, 8000);
    height->setRange(150, 8000);
    resolution->setRange(72, 600);
    width->setValue(size->width());
    height->setValue(size->height());
    resolution->setValue(*dpi);
    width->setSuffix(QObject::tr(" px"));
    height->setSuffix(QObject::tr(" px"));
    resolution->setSuffix(QObject::tr(" dpi"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("Width"), width);
    form->addRow(QObject::tr("Height"), height);
    form->addRow(QObject::tr("Resolution"), resolution);
    form->addRow(new QLabel(
        QObject::tr("Sizes are at 96 dpi; 192 dpi doubles the pixels for sharp slides."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = QSize(width->value(), height->value());
    *dpi = resolution->value();
    return true;
}

} // namespace

ExportActions::ExportActions(ProjectController *project, AnalysisTabs *tabs, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_tabs(tabs)
    , m_window(window)
{}

void ExportActions::finish(const Done &done, bool written)
{
    if (done)
        done(written);
}

void ExportActions::withCurrentResult(const std::function<void(AnalysisView *)> &then,
                                      const Done &done)
{
    QPointer<AnalysisView> view = m_tabs->current();
    if (!view) {
        finish(done, false);
        return;
    }
    view->runner()->whenIdle([this, view, then, done] {
        if (!view) {
            finish(done, false); // closed while it was computing
            return;
        }
        then(view);
    });
}

void ExportActions::exportChart(const QString &path, QSize size, int dpi, Done done)
{
    withCurrentResult(
        [this, path, size, dpi, done](AnalysisView *view) {
            std::unique_ptr<QWidget> chart = view->createChartForExport();
            if (!chart) {
                emit problem(tr("Cannot export the chart"),
                             Failure(tr("there is no result to export yet"), path));
                finish(done, false);
                return;
            }
            chart->setWindowTitle(view->document()->name());
            if (auto failure = ChartExport::write(chart.get(), path, size, dpi)) {
                emit problem(tr("Cannot export the chart"), *failure);
                finish(done, false);
                return;
            }
            emit message(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
            finish(done, true);
        },
        done);
}

void ExportActions::exportTable(const QString &path, bool byteOrderMark, Done done)
{
    withCurrentResult(
        [this, path, byteOrderMark, done](AnalysisView *view) {
            if (auto failure = TableExport::write(view->resultTable(), path, byteOrderMark)) {
                emit problem(tr("Cannot export the table"), *failure);
                finish(done, false);
                return;
            }
            emit message(tr("Table saved to %1").arg(QDir::toNativeSeparators(path)));
            finish(done, true);
        },
        done);
}

void ExportActions::exportReport(const QString &path, Done done)
{
    // Once every open analysis shows its result: a report shows results, not "Computing…".
    QVector<QPointer<AnalysisView>> views;
    for (AnalysisView *view : m_tabs->views())
        views << view;
    auto waiting = std::make_shared<int>(int(views.size()) + 1);
    const QString title = QFileInfo(m_project->store().path()).completeBaseName();
    auto write = [this, views, path, title, done, waiting] {
        if (--*waiting > 0)
            return;
        std::vector<std::unique_ptr<QWidget>> charts;
        QVector<ReportWriter::Section> sections;
        for (const QPointer<AnalysisView> &view : views) {
            if (!view)
                continue;
            std::unique_ptr<QWidget> chart = view->createChartForExport();
            if (!chart)
                continue; // nothing computed yet (no event chosen): nothing to print
            charts.push_back(std::move(chart));
            const AnalysisKind *kind = AnalysisKind::find(view->document()->kind());
            sections << ReportWriter::Section{view->document()->name(),
                                              kind ? kind->subtitle() : QString(),
                                              view->resultSummary(),
                                              charts.back().get(),
                                              view->resultTable()};
        }
        if (auto failure = ReportWriter::writePdf(path, title, sections)) {
            emit problem(tr("Cannot write the report"), *failure);
            finish(done, false);
            return;
        }
        emit message(tr("Report of %1 analyses saved to %2")
                         .arg(sections.size())
                         .arg(QDir::toNativeSeparators(path)));
        finish(done, true);
    };
    for (const QPointer<AnalysisView> &view : views) {
        // Each view counts once: when its result is shown, or when it is closed first.
        auto arrived = std::make_shared<bool>(false);
        auto arrive = [write, arrived] {
            if (!*arrived) {
                *arrived = true;
                write();
            }
        };
        connect(view, &QObject::destroyed, this, arrive);
        view->runner()->whenIdle(arrive);
    }
    write();
}

void ExportActions::copyChart()
{
    withCurrentResult(
        [this](AnalysisView *view) {
            std::unique_ptr<QWidget> chart = view->createChartForExport();
            if (!chart)
                return;
            QApplication::clipboard()->setImage(
                ChartExport::image(chart.get(), QSize(1200, 700), 144));
            emit message(tr("Chart copied"));
        },
        {});
}

void ExportActions::copyTable()
{
    withCurrentResult(
        [this](AnalysisView *view) {
            QApplication::clipboard()->setText(TableExport::tabSeparated(view->resultTable()));
            emit message(tr("Table copied; paste it into a spreadsheet"));
        },
        {});
}

QString ExportActions::askPath(const QString &title,
                               const QString &defaultSuffix,
                               const QString &filters,
                               QString *selectedFilter)
{
    AnalysisView *view = m_tabs->current();
    if (!view)
        return QString();
    const QString suggested
        = QDir(AppSettings::lastDirectory())
              .filePath(view->document()->name() + QLatin1Char('.') + defaultSuffix);
    QString path
        = QFileDialog::getSaveFileName(m_window, title, suggested, filters, selectedFilter);
    if (path.isEmpty())
        return QString();
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    // No suffix typed: the one of the chosen filter, "(*.svg)".
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selectedFilter->indexOf(QLatin1String("(*."));
        path += QLatin1Char('.')
                + (star >= 0 ? selectedFilter->mid(star + 3).section(QLatin1Char(')'), 0, 0)
                             : defaultSuffix);
    }
    return path;
}

void ExportActions::exportChartDialog()
{
    QString selected;
    const QString path = askPath(tr("Export Chart"),
                                 QStringLiteral("png"),
                                 tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                 &selected);
    if (path.isEmpty())
        return;
    const bool png = QFileInfo(path).suffix().toLower() == QLatin1String("png");
    QSize size(1200, 700);
    int dpi = 144;
    if (png && !askImageSize(m_window, &size, &dpi))
        return;
    exportChart(path, size, png ? dpi : 96);
}

void ExportActions::exportTableDialog()
{
    QString selected;
    const QString path = askPath(
        tr("Export Table"),
        QStringLiteral("xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel on Windows (*.csv)"),
        &selected);
    if (!path.isEmpty())
        exportTable(path, selected.contains(QLatin1String("Windows")));
}

void ExportActions::exportReportDialog()
{
    QString selected;
    const QString path
        = askPath(tr("Export Report"), QStringLiteral("pdf"), tr("PDF report (*.pdf)"), &selected);
    if (!path.isEmpty())
        exportReport(path);
}

} // namespace Quadrant
