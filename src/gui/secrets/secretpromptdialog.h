#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace artgen::gui {

// Asks for one secret the keychain should hold but cannot give; the answer is kept in memory
// for the session only. Opened with open(), never exec().
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    SecretPromptDialog(const QString& question, QWidget* parent = nullptr);

    QString value() const;

private:
    QLabel* m_question = nullptr;
    QLineEdit* m_value = nullptr;
};

} // namespace artgen::gui
