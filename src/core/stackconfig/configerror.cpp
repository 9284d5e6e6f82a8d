#include "configerror.h"

namespace artgen::core {

Error ConfigError::toError() const
{
    const QString where = m_line > 0 ? tr("%1, line %2").arg(m_file).arg(m_line) : m_file;
    return Error(Error::Code::InvalidInput,
                 tr("The configuration change cannot be made (%1).").arg(where), m_reason,
                 tr("No file was changed. Correct the value or the file and try again."));
}

} // namespace artgen::core
