// SPDX-License-Identifier: MIT
#include "analysistabs.h"

#include "analysiskinds.h"
#include "analysisview.h"
#include "appsettings.h"
#include "document/analysisdocument.h"
#include "icons.h"
#include "project/projectcontroller.h"
#include "store/savedanalysisstore.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabBar>
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
    connect(view, &AnalysisView::nameSuggested, this, [this, view, kind](const QString &name) {
        followSuggestedName(view, kind->title, name);
    });
    m_undoGroup->addStack(document->undoStack());
    const int index = addTab(view, Icons::kind(kind->id), name);
    setTabToolTip(index, tr("%1 (%2)").arg(name, document->kind()));
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this, view](bool clean) {
        const int i = indexOf(view);
        if (i >= 0)
            setTabText(i, view->document()->name() + (clean ? QString() : QStringLiteral(" •")));
    });
    return view;
}

bool AnalysisTabs::save(AnalysisView *view)
{
    if (!m_project->isWritable()) {
        emit message(tr("The project is open read-only: “%1” cannot be saved in it (File ▸ Save "
                        "As makes a copy you can change)")
                         .arg(view->document()->name()));
        return false;
    }
    if (auto failure = SavedAnalysisStore::save(
            m_project->store(), view->document()->name(), view->document()->definition())) {
        emit problem(tr("Cannot save the analysis"), *failure);
        return false;
    }
    view->document()->markSaved();
    emit savedAnalysesChanged();
    return true;
}

void AnalysisTabs::saveAll()
{
    for (AnalysisView *view : unsaved())
        save(view);
}

QVector<AnalysisView *> AnalysisTabs::unsaved() const
{
    QVector<AnalysisView *> changed;
    for (AnalysisView *view : views())
        if (!view->document()->undoStack()->isClean())
            changed << view;
    return changed;
}

AnalysisTabs::Unsaved AnalysisTabs::askAboutUnsaved(const QVector<AnalysisView *> &changed)
{
    if (changed.isEmpty())
        return Unsaved::Discard; // nothing to save
    if (!m_interactive)
        return m_unsavedAnswer;
    QStringList names;
    for (AnalysisView *view : changed)
        names << QStringLiteral("“%1”").arg(view->document()->name());
    QMessageBox box(QMessageBox::Question,
                    tr("Unsaved Changes"),
                    changed.size() == 1
                        ? tr("Save the changes to %1 in the project?").arg(names.first())
                        : tr("Save the changes to %1 analyses in the project?\n%2")
                              .arg(changed.size())
                              .arg(names.join(QStringLiteral(", "))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setInformativeText(
        tr("Discard keeps the analyses as they were last saved; Cancel goes back to them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool AnalysisTabs::maybeSaveAll()
{
    const QVector<AnalysisView *> changed = unsaved();
    switch (askAboutUnsaved(changed)) {
    case Unsaved::Cancel:
        return false;
    case Unsaved::Discard:
        return true;
    case Unsaved::Save:
        for (AnalysisView *view : changed)
            if (!save(view) && m_project->isWritable())
                return false; // a failed save must not lose the edits
        return true;
    }
    return true;
}

bool AnalysisTabs::saveAsNew(AnalysisView *view, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty() || !m_project->isWritable())
        return false;
    if (SavedAnalysisStore::load(m_project->store(), wanted)) {
        emit message(
            tr("There is already an analysis named “%1”: choose another name").arg(wanted));
        return false;
    }
    if (auto failure
        = SavedAnalysisStore::save(m_project->store(), wanted, view->document()->definition())) {
        emit problem(tr("Cannot save the analysis"), *failure);
        return false;
    }
    view->document()->setName(wanted);
    view->document()->markSaved();
    const int index = indexOf(view);
    setTabText(index, wanted);
    setTabToolTip(index, tr("%1 (%2)").arg(wanted, view->document()->kind()));
    emit savedAnalysesChanged();
    return true;
}

void AnalysisTabs::askSaveAsNew(AnalysisView *view)
{
    if (!view)
        return;
    bool ok = false;
    const QString suggested = SavedAnalysisStore::unusedName(
        m_project->store(), tr("%1 (copy)").arg(view->document()->name()));
    const QString name = QInputDialog::getText(
        this, tr("Save As New Analysis"), tr("Name:"), QLineEdit::Normal, suggested, &ok);
    if (ok)
        saveAsNew(view, name);
}

void AnalysisTabs::rememberOpen(const QString &projectPath) const
{
    QStringList names;
    for (AnalysisView *view : views())
        names << view->document()->name();
    AppSettings::setOpenAnalyses(
        projectPath, names, current() ? current()->document()->name() : QString());
}

bool AnalysisTabs::reopenRemembered(const QString &projectPath)
{
    QString currentName;
    const QStringList names = AppSettings::openAnalyses(projectPath, &currentName);
    for (const QString &name : names)
        if (const auto saved = SavedAnalysisStore::load(m_project->store(), name))
            addAnalysisTab(saved->name, saved->definition);
    if (views().isEmpty())
        return false;
    AnalysisView *shown = find(currentName);
    setCurrentWidget(shown ? shown : views().first());
    return true;
}

void AnalysisTabs::followSuggestedName(AnalysisView *view,
                                       const QString &kindTitle,
                                       const QString &suggested)
{
    // A name is nobody's choice when it is the kind's default ("A/B Test 2") or the one last
    // suggested; a name the person gave stays.
    const QString current = view->document()->name();
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\d+$"));
    const QRegularExpressionMatch match = numbered.match(current);
    const bool automatic = current == view->property("suggestedName").toString()
                           || current == kindTitle
                           || (match.hasMatch() && match.captured(1) == kindTitle);
    const QString wanted = suggested.trimmed();
    if (!automatic || wanted.isEmpty() || wanted == current || !m_project->isWritable())
        return;
    const QString name = SavedAnalysisStore::load(m_project->store(), wanted)
                             ? SavedAnalysisStore::unusedName(m_project->store(), wanted)
                             : wanted;
    if (rename(current, name))
        view->setProperty("suggestedName", name);
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
        setTabText(
            indexOf(view),
            to.trimmed()
                + (view->document()->undoStack()->isClean() ? QString() : QStringLiteral(" •")));
        setTabToolTip(indexOf(view), tr("%1 (%2)").arg(to.trimmed(), view->document()->kind()));
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
    switch (askAboutUnsaved(unsaved().contains(view) ? QVector<AnalysisView *>{view}
                                                     : QVector<AnalysisView *>{})) {
    case Unsaved::Cancel:
        return;
    case Unsaved::Save:
        if (!save(view) && m_project->isWritable())
            return;
        break;
    case Unsaved::Discard:
        break;
    }
    dropTab(indexOf(view));
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
