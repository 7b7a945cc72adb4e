// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace Quadrant {

// The user guide, offline: the pages of docs/ built into the application (Help > User Guide),
// one list of pages beside the page shown. Links between pages and to screenshots work.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // Opens the guide for the window (one at a time), at `page` ("workbench.md") and, when
    // given, the section whose heading anchor is `anchor` ("a-b-comparisons").
    static GuideDialog *
    showPage(QWidget *window, const QString &page, const QString &anchor = QString());
    void showPage(const QString &page, const QString &anchor = QString());
    // "guide:analyses.md#a-b-comparisons" links, as the views write them.
    static bool openLink(QWidget *window, const QString &link);

    QTextBrowser *browser() const { return m_browser; }
    // Scrolls to the heading whose anchor is `anchor`; false when the page has none.
    bool scrollToHeading(const QString &anchor);
    static QString anchorOf(const QString &heading);
    QString currentPage() const;

    // The pages in the guide, in its order: file name and title.
    static QList<std::pair<QString, QString>> pages();

private:
    void fitImages();

    QListWidget *m_pages;
    QTextBrowser *m_browser;
};

// Every command of the window's menus that has a keyboard shortcut, grouped by menu: read
// from the menus themselves, so it is never out of date (Help > Keyboard Shortcuts).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
};

} // namespace Quadrant
