#pragma once

#include "logging/auditreader.h"

#include <QDialog>
#include <QList>
#include <QThreadPool>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace artgen::gui {

// The audit log viewer of Settings: who changed which stack, when, and how it ended, as a table
// with filters by time range, profile, action and outcome. The file is read off the UI thread,
// once per open or Refresh; the filters then work on what was read.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(QWidget* parent = nullptr, QString path = {});

    void refresh();
    int shownRows() const;
    // For tests: choose a filter value as the combo box would (by its data).
    void setFilter(const QString& comboName, const QString& value);

Q_SIGNALS:
    // The file was read (tests wait for it).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void applyFilters();
    core::AuditReader::Filter currentFilter() const;
    static void fillCombo(QComboBox* box, const QStringList& values, const QString& anyText);

    QString m_path;
    QThreadPool m_pool;
    QList<core::AuditReader::Entry> m_entries;
    int m_unreadable = 0;
    QComboBox* m_range = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_outcome = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace artgen::gui
