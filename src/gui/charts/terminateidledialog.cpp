#include "terminateidledialog.h"

#include "common/typedconfirmdialog.h"
#include "pgsessionsmodel.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace artgen::gui {

TerminateIdleDialog::TerminateIdleDialog(Action action, QWidget* parent)
    : QDialog(parent), m_action(std::move(action))
{
    setWindowTitle(tr("Terminate idle connections"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Ends PostgreSQL sessions that have been idle for longer than the limit, as the "
           "deployment instructions do with pg_terminate_backend. Sessions in a transaction "
           "and the panel's own connection are never ended."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Idle for longer than:"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(5);
    m_minutes->setSuffix(tr(" min"));
    label->setBuddy(m_minutes);
    m_list = new QPushButton(tr("List sessions"), this);
    row->addWidget(label);
    row->addWidget(m_minutes);
    row->addWidget(m_list);
    row->addStretch();
    layout->addLayout(row);

    m_model = new PgSessionsModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sessions that would be ended"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_terminate = buttons->addButton(tr("End sessions"), QDialogButtonBox::DestructiveRole);
    m_terminate->setEnabled(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QPushButton::clicked, this, &TerminateIdleDialog::list);
    connect(m_terminate, &QPushButton::clicked, this, &TerminateIdleDialog::terminate);
    // A changed limit makes the list stale: list again before ending anything.
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        m_terminate->setEnabled(false);
        m_listedFor = -1;
    });
    resize(760, 420);
}

QString TerminateIdleDialog::message() const
{
    return m_message->text();
}

void TerminateIdleDialog::list()
{
    run(true);
}

void TerminateIdleDialog::setProfile(const core::Profile& profile)
{
    m_profile = profile;
}

void TerminateIdleDialog::terminate()
{
    if (m_listedFor < 0)
        return;
    TypedConfirmDialog::guard(
        this, m_profile, tr("Terminate idle connections"),
        tr("End %n listed session(s) of “%1”? Their clients are disconnected.", nullptr,
           m_model->rowCount())
            .arg(m_profile.name),
        tr("End sessions"), [this] { run(false); });
}

void TerminateIdleDialog::run(bool dryRun)
{
    const qint64 limitMs = qint64(m_minutes->value()) * 60 * 1000;
    setBusy(true);
    m_message->setText(dryRun ? tr("Looking for idle sessions…") : tr("Ending sessions…"));
    m_action(limitMs, dryRun)
        .then(this, [this, dryRun, limitMs](const core::Result<QList<core::PgSession>>& result) {
            setBusy(false);
            if (!result) {
                m_message->setText(result.error().message());
                m_terminate->setEnabled(false);
                return;
            }
            m_model->setSessions(*result);
            const int n = int(result->size());
            if (dryRun) {
                m_listedFor = limitMs;
                m_terminate->setText(tr("End %Ln session(s)", nullptr, n));
                m_terminate->setEnabled(n > 0);
                m_message->setText(n == 0 ? tr("No session has been idle that long.")
                                          : tr("These sessions will be ended. Their clients "
                                               "reconnect when they next need the database."));
                Q_EMIT listed();
            } else {
                m_listedFor = -1;
                m_terminate->setEnabled(false);
                m_message->setText(tr("Ended %Ln session(s).", nullptr, n));
                Q_EMIT terminated(n);
            }
        });
}

void TerminateIdleDialog::setBusy(bool busy)
{
    m_list->setEnabled(!busy);
    m_minutes->setEnabled(!busy);
    if (busy)
        m_terminate->setEnabled(false);
}

} // namespace artgen::gui
