// SPDX-License-Identifier: MIT
#include "analysistabs.h"

#include "analysiskinds.h"
#include "analysisview.h"
#include "document/analysisdocument.h"
#include "project/projectcontroller.h"
#include "store/savedanalysisstore.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTabBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace Quadrant {

AnalysisTabs::AnalysisTabs(ProjectController *project, QUndoGroup *undoGroup, QWidget *parent)
    : QTabWidget(parent)
    , m_project(project)
    , m_undoGroup(undoGroup)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        AnalysisView *view = current();
        m_undoGroup->setActiveStack(view ? view->document()->undoStack() : nullptr);
        emit currentAnalysisChanged(view);
    });
    connect(this, &QTabWidget::tabCloseRequested, this, &AnalysisTabs::closeTabAt);
    // The views read the project: they go before its connection does.
    connect(project, &ProjectController::aboutToClose, this, &AnalysisTabs::closeAll);
}

void AnalysisTabs::setHomeTab(QWidget *home, const QString &title)
{
    insertTab(0, home, title);
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
}

QVector<AnalysisView *> AnalysisTabs::views() const
{
    QVector<AnalysisView *> all;
    for (int i = 0; i < count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(widget(i)))
            all << view;
    return all;
}

AnalysisView *AnalysisTabs::current() const
{
    return qobject_cast<AnalysisView *>(currentWidget());
}

AnalysisView *AnalysisTabs::find(const QString &name) const
{
    for (AnalysisView *view : views())
        if (view->document()->name() == name)
            return view;
    return nullptr;
}

AnalysisView *AnalysisTabs::addAnalysisTab(const QString &name, const QJsonObject &definition)
{
    const QString kindId = definition.value(QStringLiteral("kind")).toString();
    const AnalysisKind *kind = AnalysisKind::find(kindId);
    if (!kind) {
        emit message(tr("“%1” is a %2 analysis, which this version of Quadrant cannot show")
                         .arg(name, kindId));
        return nullptr;
    }
    auto *document = new AnalysisDocument(name, definition);
    AnalysisView *view = kind->createView(document, m_project->session(), this);
    connect(view,
            &AnalysisView::openAnalysisRequested,
            this,
            [this](const QString &baseName, const QJsonObject &def) { create(baseName, def); });
    document->setParent(view);
    m_undoGroup->addStack(document->undoStack());
    const int index = addTab(view, name);
    setTabToolTip(index, tr("%1 (%2)").arg(name, document->kind()));
    // Saved as it is edited: the project file is the document, there is no unsaved analysis.
    auto *autosave = new QTimer(view);
    autosave->setSingleShot(true);
    autosave->setInterval(400);
    connect(autosave, &QTimer::timeout, this, [this, view] { save(view); });
    connect(document, &AnalysisDocument::definitionChanged, autosave, qOverload<>(&QTimer::start));
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this, view](bool clean) {
        const int i = indexOf(view);
        if (i >= 0)
            setTabText(i, view->document()->name() + (clean ? QString() : QStringLiteral(" •")));
    });
    return view;
}

void AnalysisTabs::save(AnalysisView *view)
{
    if (!m_project->isWritable())
        return;
    if (auto failure = SavedAnalysisStore::save(
            m_project->store(), view->document()->name(), view->document()->definition())) {
        emit problem(tr("Cannot save the analysis"), *failure);
        return;
    }
    view->document()->markSaved();
}

void AnalysisTabs::saveAll()
{
    for (AnalysisView *view : views())
        save(view);
}

void AnalysisTabs::recomputeAll()
{
    for (AnalysisView *view : views())
        view->recompute();
}

AnalysisView *AnalysisTabs::createOfKind(const QString &id)
{
    const AnalysisKind *kind = AnalysisKind::find(id);
    return kind ? create(kind->title, kind->newDefinition()) : nullptr;
}

AnalysisView *AnalysisTabs::create(const QString &baseName, const QJsonObject &definition)
{
    if (!m_project->isOpen())
        return nullptr;
    const QString name = SavedAnalysisStore::unusedName(m_project->store(), baseName);
    if (m_project->isWritable())
        SavedAnalysisStore::save(m_project->store(), name, definition);
    AnalysisView *view = addAnalysisTab(name, definition);
    emit savedAnalysesChanged();
    if (view)
        setCurrentWidget(view);
    return view;
}

AnalysisView *AnalysisTabs::open(const QString &name)
{
    if (AnalysisView *view = find(name)) {
        setCurrentWidget(view);
        return view;
    }
    const auto saved = SavedAnalysisStore::load(m_project->store(), name);
    if (!saved)
        return nullptr;
    AnalysisView *view = addAnalysisTab(saved->name, saved->definition);
    if (view)
        setCurrentWidget(view);
    return view;
}

void AnalysisTabs::openFirstSaved(int count)
{
    const QVector<SavedAnalysis> saved
        = SavedAnalysisStore::list(m_project->store(), SavedAnalysisStore::Order::ByCreation);
    for (int i = 0; i < saved.size() && i < count; ++i)
        addAnalysisTab(saved[i].name, saved[i].definition);
    const QVector<AnalysisView *> open = views();
    if (!open.isEmpty())
        setCurrentWidget(open.first());
}

bool AnalysisTabs::rename(const QString &from, const QString &to)
{
    if (m_project->isWritable()) {
        if (auto failure = SavedAnalysisStore::rename(m_project->store(), from, to)) {
            emit problem(tr("Cannot rename the analysis"), *failure);
            return false;
        }
    }
    if (AnalysisView *view = find(from)) {
        view->document()->setName(to.trimmed());
        setTabText(indexOf(view), to.trimmed());
    }
    emit savedAnalysesChanged();
    return true;
}

bool AnalysisTabs::remove(const QString &name)
{
    if (auto failure = SavedAnalysisStore::remove(m_project->store(), name)) {
        emit problem(tr("Cannot delete the analysis"), *failure);
        return false;
    }
    if (AnalysisView *view = find(name))
        dropTab(indexOf(view));
    emit savedAnalysesChanged();
    return true;
}

void AnalysisTabs::askRename(const QString &name)
{
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename Analysis"), tr("New name:"), QLineEdit::Normal, name, &ok);
    if (ok && to.trimmed() != name)
        rename(name, to);
}

void AnalysisTabs::askRemove(const QString &name)
{
    if (!m_interactive
        || QMessageBox::question(this,
                                 tr("Delete Analysis"),
                                 tr("Delete the analysis “%1” from the project?").arg(name))
               == QMessageBox::Yes)
        remove(name);
}

void AnalysisTabs::closeTabAt(int index)
{
    auto *view = qobject_cast<AnalysisView *>(widget(index));
    if (!view)
        return;
    save(view);
    dropTab(index);
}

void AnalysisTabs::closeAll()
{
    for (int i = count() - 1; i >= 0; --i)
        if (qobject_cast<AnalysisView *>(widget(i)))
            dropTab(i);
}

void AnalysisTabs::dropTab(int index)
{
    // Out of the tabs now, deleted by the event loop: a view never waits for its computation,
    // which is canceled and finishes on its own.
    auto *view = qobject_cast<AnalysisView *>(widget(index));
    removeTab(index);
    m_undoGroup->removeStack(view->document()->undoStack());
    view->retire();
    view->deleteLater();
}

} // namespace Quadrant
