// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysiskind.h"
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

// What the window adds to each kind the engine knows (AnalysisKinds): its name in menus, the
// view that edits it, and how its result is drawn, so that `quadrant-cli render`, reports and
// exports draw the very chart the view shows. Each view registers its kind's entry from its own
// .cpp (Registration below), so that no list of kinds is kept here.
struct AnalysisKind
{
    using ViewFactory
        = std::function<AnalysisView *(AnalysisDocument *, ProjectSession *, QWidget *)>;
    using ChartFactory = std::function<std::unique_ptr<QWidget>(const AnalysisOutcome &)>;

    // Adds a kind's entry as the program starts, at namespace scope in the view's .cpp:
    //   const AnalysisKind::Registration registration([] { return AnalysisKind{...}; });
    // The entry is made when all() is first asked, after the translations are installed, and
    // listed in the engine's menu order. (The widgets are linked as a whole archive.)
    class Registration
    {
    public:
        explicit Registration(AnalysisKind (*make)());
    };

    // The view factory of a view class.
    template<typename View>
    static ViewFactory viewOf()
    {
        return
            [](AnalysisDocument *document,
               ProjectSession *session,
               QWidget *parent) -> AnalysisView * { return new View(document, session, parent); };
    }

    struct Rendered
    {
        RecordTable table;
        std::unique_ptr<QWidget> chart;
        QString summary; // the result in words, where a kind has them (an A/B verdict)
    };

    QString id;          // the engine kind (AnalysisKindEngine::id), the "kind" of a definition
    QString title;       // menu text and the name of a new one
    QString description; // what it answers, for tooltips
    QKeySequence shortcut;
    ViewFactory createView;
    // The chart of a computed outcome, as the view's first result tab draws it.
    ChartFactory drawChart;

    const AnalysisKindEngine *engine() const { return AnalysisKinds::find(id); }
    QJsonObject newDefinition() const { return engine()->newDefinition(); }
    // "A/B Test · Compare the variants of an experiment, with its statistics", under a report's
    // title.
    QString subtitle() const { return title + QStringLiteral(" · ") + description; }
    // Computes a saved definition and draws it, without a window.
    std::optional<Failure> render(const QString &name,
                                  const QJsonObject &definition,
                                  const ProjectStore &store,
                                  const EventIndex &index,
                                  Rendered *out) const;

    // Every registered entry, in the engine's menu order; a kind the engine does not know is
    // a programming error and stops the program.
    static const QVector<AnalysisKind> &all();
    static const AnalysisKind *find(const QString &id);
};

} // namespace Quadrant
