#include "configform.h"

#include "common/rangedfield.h"
#include "configdraft.h"
#include "stackconfig/configkey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace artgen::gui {

using core::ConfigKey;
using File = ConfigKey::File;
using Type = ConfigKey::Type;

namespace {
QString objectKey(const QString& key)
{
    QString out = key;
    return out.replace(u'.', u'_');
}

const QList<File>& files()
{
    static const QList<File> all = {File::Nginx, File::Compose, File::Database, File::HttpClient};
    return all;
}
} // namespace

ConfigForm::ConfigForm(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("configForm"));
    setDocumentMode(true);
    build();
}

void ConfigForm::build()
{
    for (File f : files()) {
        auto* page = new QWidget(this);
        page->setObjectName(QFileInfo(ConfigKey::path(f)).completeBaseName() +
                            QStringLiteral("Tab"));
        auto* outer = new QVBoxLayout(page);
        auto* grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(3, 2);
        grid->setColumnStretch(4, 3);
        addHeader(grid);
        for (const ConfigKey& k : ConfigKey::all())
            if (k.file() == f)
                addRow(grid, k);
        outer->addLayout(grid);
        outer->addStretch(1); // the rows keep their height; the space goes below them
        // The file's own name: it is what the admin knows from the instructions.
        addTab(page, QFileInfo(ConfigKey::path(f)).fileName());
        setTabToolTip(count() - 1, ConfigKey::path(f));
    }
}

void ConfigForm::addHeader(QGridLayout* grid)
{
    for (int column = 0; column < 5; ++column) {
        auto* header = new QLabel(grid->parentWidget());
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setWordWrap(true);
        grid->addWidget(header, 0, column, Qt::AlignBottom);
        m_headers << header;
    }
}

void ConfigForm::addRow(QGridLayout* grid, const ConfigKey& key)
{
    QWidget* parent = grid->parentWidget();
    const int line = grid->rowCount();
    Row row;
    row.name = new QLabel(parent);
    row.name->setWordWrap(true);
    row.name->setObjectName(QStringLiteral("name_") + objectKey(key.id()));
    row.current = new QLabel(parent);
    row.current->setObjectName(QStringLiteral("current_") + objectKey(key.id()));
    row.current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.problem = new QLabel(parent);
    row.problem->setObjectName(QStringLiteral("problem_") + objectKey(key.id()));
    row.problem->setStyleSheet(QStringLiteral("color: #b5402f;"));
    row.problem->setWordWrap(true);
    row.problem->hide();
    row.editor = makeEditor(key, parent, &row);
    row.name->setBuddy(row.editor);
    row.range = new QLabel(parent);
    row.range->setWordWrap(true);
    auto* whereBox = new QVBoxLayout;
    whereBox->setSpacing(2);
    row.where = new QLabel(parent);
    row.where->setObjectName(QStringLiteral("where_") + objectKey(key.id()));
    row.where->setWordWrap(true);
    row.where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    whereBox->addWidget(row.where);
    if (key.file() == File::Nginx) {
        row.all = new QCheckBox(parent);
        row.all->setObjectName(QStringLiteral("all_") + objectKey(key.id()));
        row.all->hide();
        whereBox->addWidget(row.all);
        connect(row.all, &QCheckBox::toggled, this, [this, id = key.id()] { edited(id); });
    }
    auto* editorBox = new QVBoxLayout;
    editorBox->setSpacing(2);
    editorBox->addWidget(row.editor);
    editorBox->addWidget(row.problem);
    // Top-aligned text, but no alignment on the layout items: an aligned item gets its size
    // hint's height, not the height its wrapped lines need.
    for (QLabel* l : {row.name, row.current, row.range, row.where})
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    editorBox->addStretch();
    whereBox->addStretch();
    grid->addWidget(row.name, line, 0);
    grid->addWidget(row.current, line, 1);
    grid->addLayout(editorBox, line, 2);
    grid->addWidget(row.range, line, 3);
    grid->addLayout(whereBox, line, 4);
    m_rows.insert(key.id(), row);
}

QWidget* ConfigForm::makeEditor(const ConfigKey& key, QWidget* parent, Row* row)
{
    const QString id = key.id();
    const QString name = QStringLiteral("edit_") + objectKey(id);
    if (key.type() == Type::Integer || key.type() == Type::Seconds) {
        auto* box = new QSpinBox(parent);
        box->setObjectName(name);
        // The user's number as typed: one out of range is refused with the range, not clamped.
        row->ranged = new RangedField(
            box, row->problem, core::ValueRange(qint64(key.minimum()), qint64(key.maximum())));
        connect(box, &QSpinBox::textChanged, this, [this, id] { edited(id); });
        return box;
    }
    if (key.type() == Type::Switch) {
        auto* box = new QComboBox(parent);
        box->setObjectName(name);
        // nginx's own words, as the file writes them.
        box->addItem(QStringLiteral("on"), QStringLiteral("on"));
        box->addItem(QStringLiteral("off"), QStringLiteral("off"));
        connect(box, &QComboBox::currentIndexChanged, this, [this, id] { edited(id); });
        return box;
    }
    auto* line = new QLineEdit(parent);
    line->setObjectName(name);
    if (key.type() == Type::Rate)
        line->setPlaceholderText(QStringLiteral("20r/s"));
    connect(line, &QLineEdit::textEdited, this, [this, id] { edited(id); });
    return line;
}

QWidget* ConfigForm::editor(const QString& key) const
{
    return m_rows.value(key).editor;
}

QCheckBox* ConfigForm::allPlaces(const QString& key) const
{
    return m_rows.value(key).all;
}

int ConfigForm::tabOf(const QString& key) const
{
    const ConfigKey* k = ConfigKey::find(key);
    return k ? int(files().indexOf(k->file())) : -1;
}

void ConfigForm::setDraft(ConfigDraft* draft)
{
    m_draft = draft;
    connect(draft, &ConfigDraft::changed, this, &ConfigForm::refresh);
    refresh();
}

QString ConfigForm::typed(const QString& key) const
{
    const Row row = m_rows.value(key);
    if (row.ranged)
        return QString::number(row.ranged->typedValue());
    if (auto* combo = qobject_cast<QComboBox*>(row.editor))
        return combo->currentData().toString();
    if (auto* line = qobject_cast<QLineEdit*>(row.editor))
        return line->text();
    return {};
}

void ConfigForm::edited(const QString& key)
{
    if (m_updating || !m_draft)
        return;
    const Row row = m_rows.value(key);
    m_draft->setEdit(key, typed(key), row.all && row.all->isChecked());
}

void ConfigForm::refresh()
{
    if (!m_draft)
        return;
    m_updating = true;
    for (const ConfigKey& k : ConfigKey::all()) {
        Row& row = m_rows[k.id()];
        showValue(k, row);
        showWhere(k, row);
    }
    m_updating = false;
}

void ConfigForm::showValue(const ConfigKey& key, Row& row)
{
    const bool has = m_draft->hasDocuments();
    const auto current = has ? m_draft->loaded().value(key.id()) : std::nullopt;
    row.current->setText(current ? *current : has ? tr("(absent)") : QString());
    row.editor->setEnabled(has);
    QFont font = row.name->font();
    font.setBold(m_draft->hasEdit(key.id()));
    row.name->setFont(font);
    const QString text = m_draft->text(key.id());
    if (auto* box = qobject_cast<QSpinBox*>(row.editor)) {
        // A file's "3m" is 180 seconds here; an absent value shows the least allowed.
        const auto n = key.number(text);
        const int value = n ? int(*n) : int(key.minimum());
        if (row.ranged->typedValue() != value)
            box->setValue(value);
        row.ranged->check();
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        const auto normalized = key.normalized(text);
        combo->setCurrentIndex(normalized && *normalized == u"on" ? 0 : 1);
    } else if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        if (line->text() != text)
            line->setText(text);
    }
    if (!row.ranged) {
        const QString problem = m_draft->problem(key.id());
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty());
        row.editor->setAccessibleDescription(problem.isEmpty() ? row.editor->toolTip() : problem);
    }
}

void ConfigForm::showWhere(const ConfigKey& key, Row& row)
{
    if (!m_draft->hasDocuments()) {
        row.where->setText(ConfigKey::path(key.file()));
        return;
    }
    const auto& docs = m_draft->loaded();
    const int line = docs.line(key.id());
    const QString file = docs.file(key.id());
    QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line)
                             : tr("%1 (not in the file)").arg(file);
    if (key.file() != File::Nginx) {
        row.where->setText(where);
        return;
    }
    const auto places = docs.nginx().occurrences(key.id());
    QStringList list;
    for (const auto& o : places) {
        const QString place = o.blockPath.isEmpty()
                                  ? tr("%1:%2, at the top level").arg(o.file).arg(o.line)
                                  : tr("%1:%2, in %3").arg(o.file).arg(o.line).arg(o.blockPath);
        list << tr("%1: %2").arg(place, o.value);
        if (o.isDefault)
            where = place;
    }
    row.where->setText(where);
    row.where->setToolTip(list.join(u'\n'));
    row.all->setVisible(places.size() > 1);
    row.all->setText(tr("Change all %n places", nullptr, int(places.size())));
    row.all->setToolTip(tr("The directive is written in several blocks:\n%1\nA change edits the "
                           "one named above unless this is checked.")
                            .arg(list.join(u'\n')));
    row.all->setChecked(m_draft->allOccurrences(key.id()));
}

void ConfigForm::retranslate()
{
    for (int i = 0; i + 4 < m_headers.size(); i += 5) {
        m_headers[i]->setText(tr("Setting"));
        m_headers[i + 1]->setText(tr("Current"));
        m_headers[i + 2]->setText(tr("New value"));
        m_headers[i + 3]->setText(tr("Allowed"));
        m_headers[i + 4]->setText(tr("Where in the file"));
    }
    for (const ConfigKey& k : ConfigKey::all()) {
        Row& row = m_rows[k.id()];
        row.name->setText(k.label());
        row.name->setToolTip(k.description());
        row.editor->setToolTip(tr("%1\nAllowed: %2.").arg(k.description(), k.range()));
        row.editor->setAccessibleName(k.label());
        row.range->setText(k.range());
        if (row.ranged)
            row.ranged->check();
    }
    refresh();
}

} // namespace artgen::gui
