#include "loadtestform.h"

#include "ui_loadtestform.h"

#include <QPushButton>

namespace artgen::gui {

using Endpoint = core::ProfileLoadTarget::Endpoint;

namespace {
constexpr int kCustomUrl = -1;
constexpr int kDefaultRampSloMs = 200;
const QList<QByteArray> kMethods = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"};
} // namespace

LoadTestForm::LoadTestForm(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoadTestForm>())
{
    m_ui->setupUi(this);
    for (const QByteArray& m : kMethods)
        m_ui->method->addItem(QString::fromLatin1(m));
    m_ui->requests->setRange(1, 100'000'000);
    m_ui->requests->setValue(1000);
    m_ui->duration->setRange(1, int(core::LoadTestOptions::kDefaultMaxDurationMs / 1000));
    m_ui->duration->setValue(10);
    m_ui->connections->setRange(1, core::LoadTestOptions::kMaxConnections);
    m_ui->connections->setValue(10);
    m_ui->threads->setRange(0, 256);
    m_ui->rate->setRange(0, 1'000'000);
    for (QSpinBox* box : {m_ui->rampStart, m_ui->rampStep, m_ui->rampMax})
        box->setRange(1, 1'000'000);
    m_ui->rampStart->setValue(10);
    m_ui->rampStep->setValue(10);
    m_ui->rampMax->setValue(50);
    m_ui->stepDuration->setRange(1, 600);
    m_ui->stepDuration->setValue(10);
    m_ui->slo->setRange(0, 3'600'000);
    m_ui->slo->setValue(0);
    for (int i = 0; i < 4; ++i)
        m_ui->target->addItem(QString());
    m_ui->target->setItemData(0, int(Endpoint::Health));
    m_ui->target->setItemData(1, int(Endpoint::Characters));
    m_ui->target->setItemData(2, int(Endpoint::Generate));
    m_ui->target->setItemData(3, kCustomUrl);
    for (int i = 0; i < 3; ++i)
        m_ui->mode->addItem(QString());
    connect(m_ui->target, &QComboBox::currentIndexChanged, this, &LoadTestForm::onTargetChanged);
    connect(m_ui->mode, &QComboBox::currentIndexChanged, this, [this] {
        // A ramp looks for the highest rate under an SLO: it cannot go without one.
        if (mode() == Mode::Ramp && m_ui->slo->value() == 0)
            m_ui->slo->setValue(kDefaultRampSloMs);
        updateVisibility();
    });
    connect(m_ui->url, &QLineEdit::textEdited, this, [this](const QString& t) { m_customUrl = t; });
    connect(m_ui->start, &QPushButton::clicked, this, &LoadTestForm::startRequested);
    connect(m_ui->browseBody, &QToolButton::clicked, this, &LoadTestForm::browseBodyRequested);
    retranslate();
    onTargetChanged();
    // As artgenctl loadtest without -n or -t: ten seconds.
    setMode(Mode::Duration);
}

LoadTestForm::~LoadTestForm() = default;

QPushButton* LoadTestForm::startButton() const
{
    return m_ui->start;
}

void LoadTestForm::setProfile(const core::Profile& profile)
{
    m_profile = profile;
    onTargetChanged();
}

void LoadTestForm::onTargetChanged()
{
    const int data = m_ui->target->currentData().toInt();
    const bool custom = data == kCustomUrl;
    m_ui->url->setReadOnly(!custom);
    if (custom) {
        m_ui->url->setText(m_customUrl);
        return;
    }
    const auto endpoint = Endpoint(data);
    m_ui->url->setText(core::ProfileLoadTarget::url(m_profile, endpoint).toDisplayString());
    m_ui->method->setCurrentText(QString::fromLatin1(core::ProfileLoadTarget::method(endpoint)));
    m_ui->useToken->setChecked(core::ProfileLoadTarget::needsToken(endpoint));
}

LoadTestForm::Mode LoadTestForm::mode() const
{
    return Mode(std::max(0, m_ui->mode->currentIndex()));
}

void LoadTestForm::setMode(Mode mode)
{
    m_ui->mode->setCurrentIndex(int(mode));
    updateVisibility();
}

void LoadTestForm::updateVisibility()
{
    // Whole rows, so a hidden one leaves no gap.
    const Mode m = mode();
    m_ui->form->setRowVisible(m_ui->requests, m == Mode::Count);
    m_ui->form->setRowVisible(m_ui->duration, m == Mode::Duration);
    m_ui->form->setRowVisible(m_ui->rate, m != Mode::Ramp);
    m_ui->form->setRowVisible(m_ui->rampRow, m == Mode::Ramp);
    m_ui->form->setRowVisible(m_ui->stepDuration, m == Mode::Ramp);
}

void LoadTestForm::setBodyFile(const QString& path)
{
    m_ui->bodyFile->setText(path);
}

LoadTestSetup LoadTestForm::setup() const
{
    LoadTestSetup s;
    const int data = m_ui->target->currentData().toInt();
    s.endpoint = data == kCustomUrl ? std::nullopt : std::optional<Endpoint>(Endpoint(data));
    core::LoadTestOptions& o = s.options;
    o.url = s.endpoint ? core::ProfileLoadTarget::url(m_profile, *s.endpoint)
                       : core::ProfileLoadTarget::resolve(m_profile, m_ui->url->text().trimmed());
    o.method = m_ui->method->currentText().toLatin1();
    for (const QString& line : m_ui->headers->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (const auto header = core::LoadTestOptions::parseHeader(line))
            o.headers << *header;
    o.bodyFile = m_ui->bodyFile->text().trimmed();
    if (o.bodyFile.isEmpty() && s.endpoint)
        o.body = core::ProfileLoadTarget::body(*s.endpoint);
    s.useToken = m_ui->useToken->isChecked();
    o.connections = m_ui->connections->value();
    o.threads = m_ui->threads->value();
    switch (mode()) {
    case Mode::Count:
        o.requests = m_ui->requests->value();
        break;
    case Mode::Duration:
        o.durationMs = qint64(m_ui->duration->value()) * 1000;
        break;
    case Mode::Ramp:
        o.ramp = core::RampPlan::parse(QStringLiteral("%1:%2:%3")
                                           .arg(m_ui->rampStart->value())
                                           .arg(m_ui->rampStep->value())
                                           .arg(m_ui->rampMax->value()));
        o.stepDurationMs = qint64(m_ui->stepDuration->value()) * 1000;
        break;
    }
    if (mode() != Mode::Ramp)
        o.rate = m_ui->rate->value();
    o.sloMicros = qint64(m_ui->slo->value()) * 1000;
    return s;
}

void LoadTestForm::setSetup(const LoadTestSetup& s)
{
    const core::LoadTestOptions& o = s.options;
    if (!s.endpoint)
        m_customUrl = o.url.toDisplayString();
    m_ui->target->setCurrentIndex(
        m_ui->target->findData(s.endpoint ? int(*s.endpoint) : kCustomUrl));
    onTargetChanged();
    m_ui->method->setCurrentText(QString::fromLatin1(o.method));
    QStringList headers;
    for (const auto& h : o.headers)
        headers << QString::fromLatin1(h.first) + QStringLiteral(": ") +
                       QString::fromUtf8(h.second);
    m_ui->headers->setPlainText(headers.join(u'\n'));
    m_ui->bodyFile->setText(o.bodyFile);
    m_ui->useToken->setChecked(s.useToken);
    m_ui->connections->setValue(o.connections);
    m_ui->threads->setValue(o.threads);
    m_ui->rate->setValue(int(o.rate));
    m_ui->slo->setValue(int(o.sloMicros / 1000));
    if (o.ramp) {
        m_ui->rampStart->setValue(int(o.ramp->start()));
        m_ui->rampStep->setValue(int(o.ramp->step()));
        m_ui->rampMax->setValue(int(o.ramp->max()));
        m_ui->stepDuration->setValue(int(o.stepDurationMs / 1000));
        setMode(Mode::Ramp);
    } else if (o.requests > 0) {
        m_ui->requests->setValue(int(std::min<qint64>(o.requests, m_ui->requests->maximum())));
        setMode(Mode::Count);
    } else {
        const qint64 ms =
            o.durationMs > 0 ? o.durationMs : core::LoadTestOptions::kDefaultDurationMs;
        m_ui->duration->setValue(int(std::max<qint64>(1, ms / 1000)));
        setMode(Mode::Duration);
    }
}

void LoadTestForm::setRunning(bool running)
{
    const QList<QWidget*> fields = {
        m_ui->target,      m_ui->url,          m_ui->method, m_ui->headers,   m_ui->bodyFile,
        m_ui->browseBody,  m_ui->useToken,     m_ui->mode,   m_ui->requests,  m_ui->duration,
        m_ui->connections, m_ui->threads,      m_ui->rate,   m_ui->rampStart, m_ui->rampStep,
        m_ui->rampMax,     m_ui->stepDuration, m_ui->slo};
    for (QWidget* w : fields)
        w->setEnabled(!running);
    m_ui->start->setEnabled(!running);
}

void LoadTestForm::retranslate()
{
    m_ui->targetLabel->setText(tr("&Target:"));
    m_ui->target->setItemText(0, tr("API health"));
    m_ui->target->setItemText(1, tr("API characters"));
    m_ui->target->setItemText(2, tr("API generate (with token)"));
    m_ui->target->setItemText(3, tr("Other URL"));
    m_ui->urlLabel->setText(tr("&URL:"));
    m_ui->url->setPlaceholderText(tr("http://127.0.0.1:8080/ or /api/v1/…"));
    m_ui->methodLabel->setText(tr("&Method:"));
    m_ui->headersLabel->setText(tr("&Headers:"));
    m_ui->headers->setPlaceholderText(tr("Name: value, one a line"));
    m_ui->bodyFileLabel->setText(tr("&Body file:"));
    m_ui->bodyFile->setPlaceholderText(tr("No body"));
    m_ui->browseBody->setText(tr("…"));
    m_ui->browseBody->setToolTip(tr("Choose the file to send as the request body"));
    m_ui->browseBody->setAccessibleName(tr("Choose body file"));
    m_ui->useToken->setText(tr("Send the profile's API token"));
    m_ui->useToken->setToolTip(tr("API_TOKEN of the profile's .env, as a Bearer token; it is "
                                  "never shown."));
    m_ui->modeLabel->setText(tr("R&un:"));
    m_ui->mode->setItemText(0, tr("A number of requests"));
    m_ui->mode->setItemText(1, tr("For a time"));
    m_ui->mode->setItemText(2, tr("Ramp up to an SLO"));
    m_ui->requestsLabel->setText(tr("Re&quests:"));
    m_ui->durationLabel->setText(tr("&Duration:"));
    m_ui->duration->setSuffix(tr(" s"));
    m_ui->connectionsLabel->setText(tr("&Connections:"));
    m_ui->threadsLabel->setText(tr("&Event loops:"));
    m_ui->threads->setSpecialValueText(tr("One per CPU"));
    m_ui->rateLabel->setText(tr("R&ate:"));
    m_ui->rate->setSpecialValueText(tr("As fast as possible"));
    m_ui->rate->setSuffix(tr(" req/s"));
    m_ui->rate->setToolTip(tr("A constant rate (open loop): latency counts from each request's "
                              "scheduled time, so a stalled server is not hidden."));
    m_ui->rampLabel->setText(tr("Ra&mp (req/s):"));
    m_ui->rampStart->setToolTip(tr("First rate"));
    m_ui->rampStart->setAccessibleName(tr("First rate"));
    m_ui->rampStep->setToolTip(tr("Step"));
    m_ui->rampStep->setAccessibleName(tr("Step"));
    m_ui->rampMax->setToolTip(tr("Highest rate"));
    m_ui->rampMax->setAccessibleName(tr("Highest rate"));
    m_ui->stepDurationLabel->setText(tr("Ste&p time:"));
    m_ui->stepDuration->setSuffix(tr(" s"));
    m_ui->sloLabel->setText(tr("&SLO (p99):"));
    m_ui->slo->setSpecialValueText(tr("None"));
    m_ui->slo->setSuffix(tr(" ms"));
    m_ui->start->setText(tr("&Start"));
}

} // namespace artgen::gui
