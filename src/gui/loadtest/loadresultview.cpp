#include "loadresultview.h"

#include "loadcountsmodel.h"
#include "loadhistogramchart.h"
#include "loadpercentilesmodel.h"
#include "loadstepsmodel.h"
#include "util/humanformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return t;
}
} // namespace

LoadResultView::LoadResultView(QWidget* parent)
    : QWidget(parent), m_percentiles(new LoadPercentilesModel(this)),
      m_counts(new LoadCountsModel(this)), m_steps(new LoadStepsModel(this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loadSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("loadWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a07000;"));
    m_percentileTable = table(m_percentiles, this);
    m_percentileTable->setObjectName(QStringLiteral("percentileTable"));
    m_countTable = table(m_counts, this);
    m_countTable->setObjectName(QStringLiteral("statusTable"));
    m_countTable->verticalHeader()->hide();
    m_stepTable = table(m_steps, this);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_histogram = new LoadHistogramChart(this);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_percentileTable, 3);
    tables->addWidget(m_countTable, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addLayout(tables);
    // Seven columns: the whole width under the percentiles, so they stay readable at 1024 px.
    layout->addWidget(m_stepTable);
    layout->addWidget(m_histogram, 1);
    clear();
    retranslate();
}

void LoadResultView::clear()
{
    m_report.reset();
    m_percentiles->clear();
    m_counts->clear();
    m_steps->clear();
    m_stepTable->hide();
    m_histogram->clear();
    m_warning->hide();
    showSummary();
}

void LoadResultView::showReport(const core::LoadReport& report)
{
    m_report = report;
    m_percentiles->setResult(report.total);
    m_counts->setResult(report.total);
    m_steps->setReport(report);
    m_stepTable->setVisible(report.isRamp());
    m_histogram->setHistogram(report.total.corrected);
    showSummary();
}

QString LoadResultView::summaryText() const
{
    return m_summary->text();
}

QString LoadResultView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void LoadResultView::showSummary()
{
    if (!m_report) {
        m_summary->setText(tr("No results yet: start a load test."));
        return;
    }
    const core::LoadResult& r = m_report->total;
    const QLocale locale;
    const double seconds = double(r.elapsedNs) / 1e9;
    QStringList lines;
    lines << tr("%1 %2 — %n request(s) in %3 s, %4 requests/s.", nullptr, int(r.requests()))
                 .arg(m_report->method, m_report->url, locale.toString(seconds, 'f', 2),
                      locale.toString(r.requestsPerSecond(), 'f', 1));
    lines << tr("%1 connections, %2 event loops; %3 received; CPU time %4 s user, %5 s system "
                "(%6 µs per request).")
                 .arg(m_report->connections)
                 .arg(m_report->threads)
                 .arg(core::HumanFormat::bytes(r.bytesRead))
                 .arg(locale.toString(double(r.userCpuNs) / 1e9, 'f', 3))
                 .arg(locale.toString(double(r.systemCpuNs) / 1e9, 'f', 3))
                 .arg(locale.toString(r.cpuMicrosPerRequest(), 'f', 1));
    if (m_report->isRamp())
        lines << (m_report->highestPassing
                      ? tr("Highest rate with p99 under %1 ms: %2 requests/s.")
                            .arg(locale.toString(double(m_report->sloMicros) / 1000.0))
                            .arg(locale.toString(*m_report->highestPassing))
                      : tr("No rate kept p99 under %1 ms.")
                            .arg(locale.toString(double(m_report->sloMicros) / 1000.0)));
    else if (m_report->sloMicros > 0)
        lines << (m_report->sloMissed() ? tr("SLO missed: p99 is not under %1 ms.")
                                        : tr("SLO met: p99 is under %1 ms."))
                     .arg(locale.toString(double(m_report->sloMicros) / 1000.0));
    m_summary->setText(lines.join(u'\n'));

    QStringList warnings;
    if (m_report->interrupted)
        warnings << tr("Interrupted: the figures cover the part that ran.");
    if (r.targetRate > 0 && r.rateShortfall())
        warnings << tr("The achieved rate, %1 requests/s, is below 99 % of the target %2: the "
                       "client or the server could not keep up.")
                        .arg(locale.toString(seconds > 0 ? double(r.requests()) / seconds : 0.0,
                                             'f', 1))
                        .arg(locale.toString(r.targetRate));
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void LoadResultView::retranslate()
{
    m_percentileTable->setAccessibleName(tr("Latency percentiles"));
    m_countTable->setAccessibleName(tr("Responses by status and errors by kind"));
    m_stepTable->setAccessibleName(tr("Ramp steps"));
    m_histogram->retranslate();
    // The models' headers are translated as they are asked for: ask again.
    Q_EMIT m_percentiles->headerDataChanged(Qt::Horizontal, 0, m_percentiles->columnCount() - 1);
    Q_EMIT m_percentiles->headerDataChanged(Qt::Vertical, 0, m_percentiles->rowCount() - 1);
    Q_EMIT m_counts->headerDataChanged(Qt::Horizontal, 0, 1);
    Q_EMIT m_steps->headerDataChanged(Qt::Horizontal, 0, LoadStepsModel::ColumnCount - 1);
    m_counts->setResult(m_report ? m_report->total : core::LoadResult());
    showSummary();
}

} // namespace artgen::gui
