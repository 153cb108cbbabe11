#pragma once

#include <QDialog>

namespace sightline::ui {

// Help → About: the program's version, the versions of the libraries it runs with (Qt, GDAL,
// PROJ, SQLite, GeographicLib), their licences, and the credits for the data it shows (Natural
// Earth, imagery providers). GUI thread only.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // The text shown, as HTML.
    static QString text();
};

} // namespace sightline::ui
