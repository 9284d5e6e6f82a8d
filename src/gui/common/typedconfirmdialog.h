#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace artgen::core {
class Profile;
}

namespace artgen::gui {

// The question before a destructive action on a production profile (compose down, restore,
// terminating sessions, FLUSHDB, a configuration rollback): what will be lost, and the
// profile's name to be typed before the action's button works. Opened with open(); `proceed`
// runs once, on the typed confirmation, never on Cancel.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    TypedConfirmDialog(const QString& expected, const QString& title, const QString& text,
                       const QString& okText, QWidget* parent = nullptr);

    // The hook every destructive action calls once its own question (if any) was answered:
    // on a production profile it opens this dialog and runs `proceed` on confirmation; on any
    // other profile it runs `proceed` at once. Returns the dialog it opened, else nullptr.
    static TypedConfirmDialog* guard(QWidget* parent, const core::Profile& profile,
                                     const QString& title, const QString& text,
                                     const QString& okText, std::function<void()> proceed);

    QLineEdit* nameField() const { return m_field; }
    QPushButton* confirmButton() const { return m_ok; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_expected;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_field = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace artgen::gui
