#include "restoredialog.h"

#include "backupcatalogmodel.h"
#include "util/humanformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace artgen::gui {

using core::RestoreJob;

RestoreDialog::RestoreDialog(Input input, QWidget* parent)
    : QDialog(parent), m_input(std::move(input))
{
    setObjectName(QStringLiteral("restoreDialog"));
    buildUi();
    retranslate();
    resize(720, 640);
}

QString RestoreDialog::rowsInAll(qint64 rows)
{
    // tr()'s count is an int: beyond it the plural form is taken from a number that ends the
    // same way (the forms depend only on the last two digits), then the figure is put back.
    const qint64 formOf = rows <= INT_MAX ? rows : rows % 100 + 100;
    QString text = tr("%n row(s) in all", nullptr, int(formOf));
    if (formOf != rows)
        text.replace(QString::number(formOf), QString::number(rows));
    return core::HumanFormat::groupedCount(text, rows);
}

void RestoreDialog::buildUi()
{
    auto* root = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    root->addWidget(m_intro);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("restoreFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_facts);

    m_tables = new QTableWidget(this);
    m_tables->setObjectName(QStringLiteral("manifestTables"));
    m_tables->setColumnCount(2);
    m_tables->verticalHeader()->hide();
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionMode(QAbstractItemView::NoSelection);
    m_tables->setFocusPolicy(Qt::NoFocus);
    if (m_input.manifest) {
        const auto& rows = m_input.manifest->tableRows;
        m_tables->setRowCount(int(rows.size()));
        int r = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++r) {
            m_tables->setItem(r, 0, new QTableWidgetItem(it.key()));
            auto* n = new QTableWidgetItem(QLocale().toString(it.value()));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_tables->setItem(r, 1, n);
        }
    }
    // As tall as its rows, up to about six of them; it scrolls beyond.
    m_tables->resizeRowsToContents();
    const int rowHeight = m_tables->rowCount() ? m_tables->rowHeight(0) : 0;
    m_tables->setFixedHeight(m_tables->horizontalHeader()->sizeHint().height() +
                             rowHeight * qMin(m_tables->rowCount(), 6) +
                             2 * m_tables->frameWidth());
    m_tables->setVisible(m_input.manifest && !m_input.manifest->tableRows.isEmpty());
    root->addWidget(m_tables);

    m_modeLabel = new QLabel(this);
    root->addWidget(m_modeLabel);
    m_existing = new QRadioButton(this);
    m_existing->setObjectName(QStringLiteral("modeExisting"));
    m_clean = new QRadioButton(this);
    m_clean->setObjectName(QStringLiteral("modeClean"));
    m_existing->setChecked(m_input.options.mode == RestoreJob::Mode::Existing);
    m_clean->setChecked(m_input.options.mode == RestoreJob::Mode::Clean);
    root->addWidget(m_existing);
    root->addWidget(m_clean);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->setContentsMargins(24, 0, 0, 0);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmDatabase"));
    m_confirmLabel->setBuddy(m_confirm);
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirm);
    root->addLayout(confirmRow);
    m_safety = new QCheckBox(this);
    m_safety->setObjectName(QStringLiteral("safetyBackup"));
    m_safety->setChecked(m_input.options.safetyBackup);
    m_stop = new QCheckBox(this);
    m_stop->setObjectName(QStringLiteral("stopServices"));
    m_stop->setChecked(m_input.options.stopServices);
    root->addWidget(m_safety);
    root->addWidget(m_stop);

    m_planLabel = new QLabel(this);
    root->addWidget(m_planLabel);
    m_plan = new QListWidget(this);
    m_plan->setObjectName(QStringLiteral("restorePlan"));
    m_plan->setSelectionMode(QAbstractItemView::NoSelection);
    m_plan->setFocusPolicy(Qt::NoFocus);
    m_plan->setWordWrap(true);
    root->addWidget(m_plan, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractButton* b :
         std::initializer_list<QAbstractButton*>{m_existing, m_clean, m_safety, m_stop})
        connect(b, &QAbstractButton::toggled, this, &RestoreDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreDialog::update);
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslate()
{
    const auto& o = m_input.options;
    const QString fileName = QFileInfo(o.file).fileName();
    setWindowTitle(tr("Restore %1").arg(fileName));
    m_intro->setText(tr("Restore the backup into database %1 (container %2, profile %3). Nothing "
                        "changes until you press Restore.")
                         .arg(o.target.database, o.target.container, o.target.profile));

    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("File:"), o.file);
    if (m_input.fileSize >= 0)
        html += row(tr("Size:"), core::HumanFormat::bytes(m_input.fileSize));
    QString warning;
    if (const auto& m = m_input.manifest) {
        html +=
            row(tr("Database:"), m->serverVersion.isEmpty()
                                     ? m->database
                                     : tr("%1 (PostgreSQL %2)").arg(m->database, m->serverVersion));
        html += row(tr("Taken:"),
                    tr("%1 (%2)").arg(
                        QLocale().toString(m->startedAt.toLocalTime(), QLocale::LongFormat),
                        BackupCatalogModel::age(m->startedAt, QDateTime::currentDateTimeUtc())));
        qint64 rows = 0;
        for (qint64 n : m->tableRows)
            rows += n;
        html += row(tr("Tables:"),
                    core::HumanFormat::groupedCount(
                        tr("%n table(s)", nullptr, int(m->tableRows.size())), m->tableRows.size()) +
                        QStringLiteral(", ") + rowsInAll(rows));
        const QString mismatch = RestoreJob::originMismatch(*m, o.target);
        if (!mismatch.isEmpty())
            warning = tr("Not this database's backup: %1. Its data would replace %2; type the "
                         "database name below to do that.")
                          .arg(mismatch, o.target.database);
    } else {
        warning = tr("There is no manifest beside this file: it is still checked for "
                     "completeness before anything changes, but its checksum and row counts "
                     "cannot be compared.");
    }
    html += QStringLiteral("</table>");
    if (!warning.isEmpty())
        html += QStringLiteral("<p style='color:#a06a00'>%1</p>").arg(warning.toHtmlEscaped());
    m_facts->setText(html);
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});

    m_modeLabel->setText(tr("How:"));
    m_existing->setText(tr("Into the existing database, in one transaction (if anything fails, "
                           "nothing changes)"));
    m_clean->setText(tr("Clean replace: build a new database from the backup, then swap it in "
                        "(objects not in the backup are lost)"));
    m_confirmLabel->setText(
        tr("Type the database name, %1, to replace it:").arg(o.target.database));
    m_safety->setText(tr("Take a safety backup first"));
    m_stop->setText(tr("Stop backend and celery during the restore"));
    m_planLabel->setText(tr("What will happen, in this order:"));
    m_restore->setText(tr("Restore"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    update();
}

RestoreJob::Options RestoreDialog::options() const
{
    RestoreJob::Options o = m_input.options;
    o.mode = m_clean->isChecked() ? RestoreJob::Mode::Clean : RestoreJob::Mode::Existing;
    o.safetyBackup = m_safety->isChecked();
    o.stopServices = m_stop->isChecked();
    // Only the typed name lets a backup of another database in.
    o.intoOtherDatabase = foreign() && m_confirm->text() == m_input.options.target.database;
    return o;
}

QStringList RestoreDialog::plan() const
{
    return RestoreJob::plan(options());
}

bool RestoreDialog::foreign() const
{
    return m_input.manifest &&
           !RestoreJob::originMismatch(*m_input.manifest, m_input.options.target).isEmpty();
}

void RestoreDialog::update()
{
    const bool clean = m_clean->isChecked();
    const bool typed = clean || foreign();
    m_confirmLabel->setVisible(typed);
    m_confirm->setVisible(typed);
    m_restore->setEnabled(!typed || m_confirm->text() == m_input.options.target.database);
    m_restore->setText(clean ? tr("Replace database") : tr("Restore"));
    m_plan->clear();
    int n = 0;
    for (const QString& step : plan())
        m_plan->addItem(tr("%1. %2").arg(++n).arg(step));
}

} // namespace artgen::gui
