// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "appsettings.h"
#include "icons.h"
#include "language.h"
#include "mainwindow.h"
#include "project/projectcontroller.h"
#include "store/sqlitediagnostics.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    Quadrant::SqliteDiagnostics::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quadrant"));
    QApplication::setOrganizationName(QStringLiteral("Quadrant"));
    QApplication::setApplicationVersion(QStringLiteral(QUADRANT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.quadrant.Quadrant"));
    QApplication::setWindowIcon(Quadrant::Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Quadrant: offline product and customer analytics"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sample(QStringLiteral("sample"),
                              QStringLiteral("Open the built-in sample project."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the project is open, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("Use this language (zh_CN or en) instead of the one chosen in View > "
                       "Language or the system's."),
        QStringLiteral("LOCALE"));
    parser.addOption(sample);
    parser.addOption(screenshot);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A .quadrant project file to open."));
    parser.process(app);

    Quadrant::Language::install(parser.isSet(language) ? parser.value(language)
                                                       : Quadrant::AppSettings::language());
    Quadrant::Appearance::apply(Quadrant::AppSettings::darkAppearance());
    Quadrant::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto save = [&window, file] {
            QTimer::singleShot(1200, &window, [&window, file] { // the open analyses draw meanwhile
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(window.project(), &Quadrant::ProjectController::loaded, &window, save);
        if (!parser.isSet(sample) && parser.positionalArguments().isEmpty())
            save();
    }
    if (!parser.positionalArguments().isEmpty())
        window.project()->open(parser.positionalArguments().first());
    else if (parser.isSet(sample))
        QTimer::singleShot(0, window.project(), &Quadrant::ProjectController::openSample);
    return app.exec();
}
