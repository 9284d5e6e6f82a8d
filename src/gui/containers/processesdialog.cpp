#include "processesdialog.h"

#include "docker/dockerclient.h"
#include "session/profileservices.h"
#include "util/humanformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace artgen::gui {

ProcessesDialog::ProcessesDialog(std::shared_ptr<core::ProfileServices> services, QString container,
                                 QWidget* parent)
    : QDialog(parent), m_services(std::move(services)), m_docker(m_services->docker()),
      m_container(std::move(container))
{
    setWindowTitle(tr("Processes in %1").arg(m_container));
    resize(820, 420);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setAccessibleName(tr("Processes in %1").arg(m_container));
    m_table->setAccessibleDescription(tr("The container's processes as docker top lists them."));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &ProcessesDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    load();
}

void ProcessesDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_docker.top(m_container, QStringLiteral("-eo pid,ppid,user,pcpu,rss,etime,args"))
        .then(this, [this](const core::Result<core::ProcessTable>& t) {
            if (!t) {
                m_status->setText(t.error().message());
                return;
            }
            const int n = int(t->processes.size());
            m_status->setText(core::HumanFormat::groupedCount(tr("%n process(es)", nullptr, n), n));
            m_table->setColumnCount(int(t->titles.size()));
            m_table->setHorizontalHeaderLabels(t->titles);
            m_table->setRowCount(int(t->processes.size()));
            for (int r = 0; r < t->processes.size(); ++r)
                for (int c = 0; c < t->processes[r].size(); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(t->processes[r][c]));
            m_table->resizeColumnsToContents();
        });
}

} // namespace artgen::gui
