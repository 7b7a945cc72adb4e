// SPDX-License-Identifier: MIT
#include "savedanalysespanel.h"

#include "analysiskinds.h"
#include "analysistabs.h"
#include "icons.h"
#include "project/projectcontroller.h"
#include "store/savedanalysisstore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quadrant {

SavedAnalysesPanel::SavedAnalysesPanel(ProjectController *project,
                                       AnalysisTabs *tabs,
                                       QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_tabs(tabs)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *newButton = new QPushButton(tr("New Funnel"), this);
    newButton->setObjectName(QStringLiteral("newFunnelButton"));
    newButton->setToolTip(tr("Start a funnel; drag events onto its steps (Ctrl+Shift+F)"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_tabs->createOfKind(QStringLiteral("funnel"));
    });
    m_list->setObjectName(QStringLiteral("savedAnalyses"));
    // Long names wrap onto a second line rather than run off the side of a narrow panel.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setToolTip(tr("Analyses saved in this project: double-click to open"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_tabs->open(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_list->itemAt(pos);
        if (!item || !(item->flags() & Qt::ItemIsEnabled))
            return;
        const QString name = item->data(Qt::UserRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, name] { m_tabs->open(name); });
        menu.addAction(tr("Rename…"), this, [this, name] { m_tabs->askRename(name); });
        menu.addAction(tr("Delete"), this, [this, name] { m_tabs->askRemove(name); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    auto *moreButton = new QToolButton(this);
    moreButton->setObjectName(QStringLiteral("newAnalysisButton"));
    moreButton->setText(tr("New…"));
    moreButton->setToolTip(tr("Start a retention grid, trend, paths, heatmap or A/B test"));
    moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(moreButton);
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        if (kind.id == QLatin1String("funnel"))
            continue;
        QAction *action
            = newMenu->addAction(Icons::kind(kind.id), kind.title, this, [this, id = kind.id] {
                  m_tabs->createOfKind(id);
              });
        action->setToolTip(kind.description);
    }
    moreButton->setMenu(newMenu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton, 1);
    buttons->addWidget(moreButton);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    connect(tabs, &AnalysisTabs::savedAnalysesChanged, this, &SavedAnalysesPanel::refresh);
    connect(project, &ProjectController::stateChanged, this, &SavedAnalysesPanel::refresh);
}

void SavedAnalysesPanel::refresh()
{
    m_list->clear();
    if (!m_project->isOpen())
        return;
    for (const SavedAnalysis &analysis : SavedAnalysisStore::list(m_project->store())) {
        auto *item = new QListWidgetItem(Icons::kind(analysis.kind), analysis.name, m_list);
        item->setData(Qt::UserRole, analysis.name);
        item->setToolTip(
            tr("%1\n%2 · changed %3")
                .arg(analysis.name,
                     AnalysisKind::find(analysis.kind) ? AnalysisKind::find(analysis.kind)->title
                                                       : analysis.kind,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(analysis.modifiedAt),
                                        QLocale::ShortFormat)));
    }
    if (m_list->count() == 0) {
        auto *hint = new QListWidgetItem(
            tr("No saved analyses yet: start with New Funnel or New Retention."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Quadrant
