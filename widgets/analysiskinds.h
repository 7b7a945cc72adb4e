// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "store/failure.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace Quadrant {

class AnalysisDocument;
class AnalysisView;
class EventIndex;
class ProjectSession;
class ProjectStore;

// Every kind of analysis the workbench knows, in one place: what to call it, how a new one
// starts, which view edits it, and how a saved one is computed and drawn without a window
// (for quadrant-cli render, with the very chart and table the view shows).
struct AnalysisKind
{
    struct Rendered
    {
        RecordTable table;
        std::unique_ptr<QWidget> chart;
        QString summary; // the result in words, where a kind has them (an A/B verdict)
    };

    QString id;          // the "kind" of the saved definition
    QString title;       // menu text and the name of a new one
    QString description; // what it answers, for tooltips
    QKeySequence shortcut;
    std::function<QJsonObject()> newDefinition;
    std::function<AnalysisView *(AnalysisDocument *, ProjectSession *, QWidget *)> createView;
    std::function<std::optional<Failure>(const QString &name,
                                         const QJsonObject &definition,
                                         const ProjectStore &,
                                         const EventIndex &,
                                         Rendered *)>
        render;

    // "A/B Test · Compare the variants of an experiment, with its statistics", under a report's
    // title.
    QString subtitle() const { return title + QStringLiteral(" · ") + description; }

    static const QVector<AnalysisKind> &all();
    static const AnalysisKind *find(const QString &id);
};

} // namespace Quadrant
