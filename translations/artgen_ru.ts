<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>artgen::cli::BackupCommand</name>
    <message>
        <source>Back up the stack&apos;s database (pg_dump in the postgres container), verified.</source>
        <translation>Резервная копия базы данных стека (pg_dump в контейнере postgres) с проверкой.</translation>
    </message>
    <message>
        <source>plain, plain-gz, plain-zst or custom (default: the profile&apos;s).</source>
        <translation>plain, plain-gz, plain-zst или custom (по умолчанию — из профиля).</translation>
    </message>
    <message>
        <source>Folder for the backup (default: the profile&apos;s backup folder).</source>
        <translation>Папка для резервной копии (по умолчанию — папка копий профиля).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Неизвестный формат «%1»; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Отмена резервного копирования…</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; the folder goes after --out.</source>
        <translation>Лишний аргумент «%1»; папку указывают после --out.</translation>
    </message>
    <message>
        <source>--out needs a folder; it is empty.</source>
        <translation>Для --out нужна папка, а значение пустое.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::BackupsCommand</name>
    <message>
        <source>List the profile&apos;s backups with size, age, database and state.</source>
        <translation>Список резервных копий профиля: размер, возраст, база данных и состояние.</translation>
    </message>
    <message>
        <source>One JSON object per backup, newest first.</source>
        <translation>Один объект JSON на копию, сначала новые.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>В %1 нет резервных копий.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервные копии в %1:</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНА</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>нет манифеста</translation>
    </message>
    <message>
        <source>size ok (not verified)</source>
        <translation>размер совпадает (не проверена)</translation>
    </message>
    <message>
        <source>“size ok” compares the size with the manifest only; `artgenctl verify FILE` reads the whole file and checks its SHA-256.</source>
        <translation>«размер совпадает» — сравнён только размер с манифестом; `artgenctl verify FILE` читает весь файл и проверяет его SHA-256.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::CliApp</name>
    <message>
        <source>Usage: artgenctl [--profile NAME | --stack-dir DIR] COMMAND [OPTIONS]</source>
        <translation>Использование: artgenctl [--profile ИМЯ | --stack-dir ПАПКА] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Runs the art_generation stack from a terminal, with the same service layer as the ArtGen Control Panel.</source>
        <translation>Управляет стеком art_generation из терминала — тем же сервисным слоем, что и панель управления ArtGen.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>Use the stack profile NAME from the panel&apos;s settings.</source>
        <translation>Использовать профиль стека ИМЯ из настроек панели.</translation>
    </message>
    <message>
        <source>Use the stack in DIR (the folder that holds Docker_all/) without a profile.</source>
        <translation>Использовать стек в ПАПКЕ (в той, где лежит Docker_all/) без профиля.</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Показать эту справку или, после имени команды, справку по команде.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failed, 2 Docker or the stack cannot be reached, 3 the stack is not healthy, 64 bad command line.</source>
        <translation>Коды выхода: 0 — успех, 1 — ошибка, 2 — Docker или стек недоступны, 3 — стек работает не полностью, 64 — неверная командная строка.</translation>
    </message>
    <message>
        <source>Try: artgenctl --help</source>
        <translation>Попробуйте: artgenctl --help</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Try: artgenctl %1 --help</source>
        <translation>Попробуйте: artgenctl %1 --help</translation>
    </message>
    <message>
        <source>--profile needs a profile name; it is empty.</source>
        <translation>для --profile нужно имя профиля; оно пустое.</translation>
    </message>
    <message>
        <source>--stack-dir needs a folder; it is empty.</source>
        <translation>для --stack-dir нужна папка; она пустая.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; this command takes none.</source>
        <translation>лишний аргумент «%1»; эта команда не принимает аргументов.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::CommandContext</name>
    <message>
        <source>%1 is not a stack folder.</source>
        <translation>%1 — не папка стека.</translation>
    </message>
    <message>
        <source>It has no Docker_all/docker-compose.yml.</source>
        <translation>В ней нет Docker_all/docker-compose.yml.</translation>
    </message>
    <message>
        <source>Pass the folder that holds Docker_all/.</source>
        <translation>Укажите папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message>
        <source>No profiles are configured.</source>
        <translation>Ни одного профиля не настроено.</translation>
    </message>
    <message>
        <source>Known profiles: %1.</source>
        <translation>Известные профили: %1.</translation>
    </message>
    <message>
        <source>Use `artgenctl profiles` to list them, or --stack-dir DIR.</source>
        <translation>Список выводит `artgenctl profiles`; можно также указать --stack-dir ПАПКА.</translation>
    </message>
    <message>
        <source>No stack profile is configured.</source>
        <translation>Профиль стека не настроен.</translation>
    </message>
    <message>
        <source>The settings file %1 holds no profile.</source>
        <translation>В файле настроек %1 нет ни одного профиля.</translation>
    </message>
    <message>
        <source>Start the panel once, or pass --stack-dir DIR.</source>
        <translation>Запустите панель один раз или укажите --stack-dir ПАПКА.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ComposeCommand</name>
    <message>
        <source>Create and start the stack&apos;s containers (compose up -d).</source>
        <translation>Создать и запустить контейнеры стека (compose up -d).</translation>
    </message>
    <message>
        <source>Stop and remove the stack&apos;s containers; data volumes are kept (compose down).</source>
        <translation>Остановить и удалить контейнеры стека; тома с данными сохраняются (compose down).</translation>
    </message>
    <message>
        <source>Build the stack&apos;s images (compose build).</source>
        <translation>Собрать образы стека (compose build).</translation>
    </message>
    <message>
        <source>Restart the stack&apos;s services (compose restart).</source>
        <translation>Перезапустить службы стека (compose restart).</translation>
    </message>
    <message>
        <source>The services to act on; all of them when none is named.</source>
        <translation>Службы, к которым применить команду; если ни одна не указана — все.</translation>
    </message>
    <message>
        <source>Build without the image cache.</source>
        <translation>Собирать без кэша образов.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (down asks otherwise).</source>
        <translation>Не спрашивать подтверждения (без этого down спрашивает).</translation>
    </message>
    <message>
        <source>down stops and removes the containers of “%1” (compose project %2); data volumes are kept. Continue? [y/N] </source>
        <translation>down остановит и удалит контейнеры стека «%1» (проект compose %2); тома с данными сохранятся. Продолжить? [д/Н] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes to a [y/N] question</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to a [y/N] question</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>%1 takes no service names; it acts on the whole stack.</source>
        <translation>%1 не принимает имён служб: команда действует на весь стек.</translation>
    </message>
    <message>
        <source>“%1” is not a valid service name.</source>
        <translation>«%1» — недопустимое имя службы.</translation>
    </message>
    <message>
        <source>down stops and removes the stack&apos;s containers; data volumes are kept. There is no terminal to ask on, so pass --yes to go ahead.</source>
        <translation>down останавливает и удаляет контейнеры стека; тома с данными сохраняются. Терминала для вопроса нет, поэтому, чтобы продолжить, укажите --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Stopping compose…</source>
        <translation>Останавливаю compose…</translation>
    </message>
</context>
<context>
    <name>artgen::cli::JobConsole</name>
    <message>
        <source>%1 of ~%2, %3</source>
        <translation>%1 из ~%2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>artgen::cli::LogsCommand</name>
    <message>
        <source>Show the services&apos; logs merged, filtered, or followed live (-f).</source>
        <translation>Показать журналы сервисов: вместе, с фильтрами или в реальном времени (-f).</translation>
    </message>
    <message>
        <source>Services to show (default: all of the stack).</source>
        <translation>Какие сервисы показать (по умолчанию — весь стек).</translation>
    </message>
    <message>
        <source>Keep following, across restarts, until Ctrl-C.</source>
        <translation>Продолжать следить, в том числе после перезапусков, до Ctrl-C.</translation>
    </message>
    <message>
        <source>Start from the last N lines of each (default: all).</source>
        <translation>Начать с последних N строк каждого (по умолчанию — все).</translation>
    </message>
    <message>
        <source>Only lines since TIME: 10m, 2h, 1d, a Unix time or an ISO 8601 date.</source>
        <translation>Только строки начиная с TIME: 10m, 2h, 1d, время Unix или дата ISO 8601.</translation>
    </message>
    <message>
        <source>Only lines matching the regular expression.</source>
        <translation>Только строки, подходящие под регулярное выражение.</translation>
    </message>
    <message>
        <source>Only lines at LEVEL or above: debug, info, warning, error, critical.</source>
        <translation>Только строки уровня LEVEL и выше: debug, info, warning, error, critical.</translation>
    </message>
    <message>
        <source>Also show the container NAME, even when it is not of the stack.</source>
        <translation>Показать также контейнер NAME, даже если он не из стека.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному объекту JSON на строку.</translation>
    </message>
    <message>
        <source>Show Docker&apos;s timestamp on every line.</source>
        <translation>Показывать метку времени Docker в каждой строке.</translation>
    </message>
    <message>
        <source>“%1” is not a time.</source>
        <translation>«%1» — не время.</translation>
    </message>
    <message>
        <source>--since takes 10m, 2h, 1d, a Unix time or a date such as 2024-05-01T12:00:00.</source>
        <translation>--since принимает 10m, 2h, 1d, время Unix или дату вида 2024-05-01T12:00:00.</translation>
    </message>
    <message>
        <source>Correct the option and run the command again.</source>
        <translation>Исправьте параметр и запустите команду снова.</translation>
    </message>
    <message>
        <source>Try: artgenctl logs --help</source>
        <translation>Справка: artgenctl logs --help</translation>
    </message>
    <message>
        <source>--tail takes a number of lines or “all”.</source>
        <translation>--tail принимает число строк или «all».</translation>
    </message>
    <message>
        <source>--level takes debug, info, warning, error or critical.</source>
        <translation>--level принимает debug, info, warning, error или critical.</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>no service “%1” in the stack (it has: %2).</source>
        <translation>в стеке нет сервиса «%1» (есть: %2).</translation>
    </message>
    <message>
        <source>Only lines until TIME (same forms as --since); -f ends there.</source>
        <translation>Только строки до TIME (в тех же формах, что и --since); -f на этом завершается.</translation>
    </message>
    <message>
        <source>--until is before --since: nothing could match.</source>
        <translation>--until раньше --since: ни одна строка не подойдёт.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::ProfilesCommand</name>
    <message>
        <source>List the stack profiles (the active one is marked with *).</source>
        <translation>Показать профили стеков (активный отмечен *).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>No profiles are configured. Start the panel once, or use --stack-dir DIR.</source>
        <translation>Ни одного профиля не настроено. Запустите панель один раз или укажите --stack-dir ПАПКА.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>проблема: %1</translation>
    </message>
</context>
<context>
    <name>artgen::cli::RestoreCommand</name>
    <message>
        <source>Restore the database from a backup: checked first, in one transaction, with a safety backup.</source>
        <translation>Восстановить базу данных из резервной копии: с предварительной проверкой, в одной транзакции, со страховочной копией.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Replace the whole database (objects not in the backup are lost).</source>
        <translation>Заменить всю базу данных (объекты, которых нет в копии, будут потеряны).</translation>
    </message>
    <message>
        <source>Do not back up the current database first.</source>
        <translation>Не делать перед этим резервную копию текущей базы.</translation>
    </message>
    <message>
        <source>Leave backend and celery running during the restore.</source>
        <translation>Не останавливать backend и celery во время восстановления.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не запрашивать подтверждение.</translation>
    </message>
    <message>
        <source>Name one backup file.</source>
        <translation>Укажите один файл резервной копии.</translation>
    </message>
    <message>
        <source>Restoring %1 into database %2 (%3):</source>
        <translation>Восстановление %1 в базу данных %2 (%3):</translation>
    </message>
    <message>
        <source>A restore replaces data. There is no terminal to ask on, so pass --yes to go ahead.</source>
        <translation>Восстановление заменяет данные. Терминала для вопроса нет, поэтому для продолжения передайте --yes.</translation>
    </message>
    <message>
        <source>Type the database name (%1) to replace it: </source>
        <translation>Введите имя базы данных (%1), чтобы заменить её: </translation>
    </message>
    <message>
        <source>The name does not match; nothing was changed.</source>
        <translation>Имя не совпадает; ничего не изменено.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Продолжить? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes to a [y/N] question</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes to a [y/N] question</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelling the restore; the database is rolled back…</source>
        <translation>Отмена восстановления; изменения в базе откатываются…</translation>
    </message>
    <message>
        <source>Safety backup: %1</source>
        <translation>Страховочная копия: %1</translation>
    </message>
    <message>
        <source>Restored. The file has no manifest, so row counts were not compared.</source>
        <translation>Восстановлено. У файла нет манифеста, поэтому число строк не сравнивалось.</translation>
    </message>
    <message numerus="yes">
        <source>Restored; row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Восстановлено; число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Восстановлено; число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Восстановлено; число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 rows in the backup, %3 now</source>
        <translation>  %1: в копии строк %2, сейчас %3</translation>
    </message>
    <message numerus="yes">
        <source>Restored, but row counts differ in %n table(s).</source>
        <translation>
            <numerusform>Восстановлено, но число строк отличается в %n таблице.</numerusform>
            <numerusform>Восстановлено, но число строк отличается в %n таблицах.</numerusform>
            <numerusform>Восстановлено, но число строк отличается в %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup whose manifest names another database or profile (its data replaces this profile&apos;s database).</source>
        <translation>Восстановить копию, в манифесте которой указана другая база данных или другой профиль (её данные заменят базу этого профиля).</translation>
    </message>
    <message>
        <source>%1 does not belong to database %2: %3. Nothing was changed. If its data should replace %2, pass --into-other-database.</source>
        <translation>%1 — копия не базы %2: %3. Ничего не изменено. Если её данные должны заменить %2, укажите --into-other-database.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Внимание: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::StatusCommand</name>
    <message>
        <source>Show every service of the stack: state, health, uptime, restarts.</source>
        <translation>Показать все службы стека: состояние, здоровье, время работы, перезапуски.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>Add CPU % and memory (takes about a second).</source>
        <translation>Добавить CPU % и память (занимает около секунды).</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>СЛУЖБА</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>КОНТЕЙНЕР</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ЗДОРОВЬЕ</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>РАБОТАЕТ</translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation>ПЕРЕЗАПУСКИ</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>ПАМЯТЬ</translation>
    </message>
</context>
<context>
    <name>artgen::cli::VerifyCommand</name>
    <message>
        <source>Check a backup file: format, completeness and checksum.</source>
        <translation>Проверить файл резервной копии: формат, полноту и контрольную сумму.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Файл резервной копии.</translation>
    </message>
    <message>
        <source>Name one backup file.</source>
        <translation>Укажите один файл резервной копии.</translation>
    </message>
</context>
<context>
    <name>artgen::cli::WorkersCommand</name>
    <message>
        <source>Count gunicorn and Celery workers against the configured numbers.</source>
        <translation>Сверить число воркеров gunicorn и Celery с настроенным.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>gunicorn: %1 master + %2 workers (expected 1 + %3)  %4</source>
        <translation>gunicorn: %1 главный + %2 воркеров (ожидается 1 + %3)  %4</translation>
    </message>
    <message>
        <source>celery:   %1 pool processes (expected concurrency %2)  %3</source>
        <translation>celery:   %1 процессов пула (ожидаемая concurrency %2)  %3</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupCatalog</name>
    <message>
        <source>The backup %1 cannot be deleted.</source>
        <translation>Не удаётся удалить резервную копию %1.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Проверьте права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupJob</name>
    <message>
        <source>Back up %1</source>
        <translation>Резервная копия %1</translation>
    </message>
    <message>
        <source>Backing up database %1 from %2 to %3</source>
        <translation>Резервное копирование базы %1 из %2 в %3</translation>
    </message>
    <message>
        <source>psql in %1 ended before the backup started.</source>
        <translation>psql в %1 завершился до начала копирования.</translation>
    </message>
    <message>
        <source>Check the database user, name and password in Docker_all/.env.</source>
        <translation>Проверьте пользователя, имя базы и пароль в Docker_all/.env.</translation>
    </message>
    <message>
        <source>The dump is incomplete.</source>
        <translation>Дамп неполный.</translation>
    </message>
    <message>
        <source>pg_dump exited 0 but its closing line is missing.</source>
        <translation>pg_dump завершился с кодом 0, но завершающей строки нет.</translation>
    </message>
    <message>
        <source>Retry the backup; if it happens again, check the disk.</source>
        <translation>Повторите копирование; если ошибка повторится, проверьте диск.</translation>
    </message>
    <message>
        <source>Start the stack again and retry the backup.</source>
        <translation>Запустите стек снова и повторите копирование.</translation>
    </message>
    <message>
        <source>Read pg_dump&apos;s message above; check the database user and name.</source>
        <translation>Прочтите сообщение pg_dump выше; проверьте пользователя и имя базы.</translation>
    </message>
    <message>
        <source>The custom-format dump does not pass pg_restore --list.</source>
        <translation>Дамп в формате custom не проходит pg_restore --list.</translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation>Повторите копирование.</translation>
    </message>
    <message>
        <source>Retention removed %1</source>
        <translation>По правилу хранения удалена %1</translation>
    </message>
    <message>
        <source>Cancelling: ending pg_dump in %1</source>
        <translation>Отмена: завершение pg_dump в %1</translation>
    </message>
    <message>
        <source>Check the postgres container&apos;s log, then retry the backup.</source>
        <translation>Проверьте журнал контейнера postgres и повторите копирование.</translation>
    </message>
    <message>
        <source>Removed %1, left behind by a backup that was killed</source>
        <translation>Удалён %1, оставшийся от прерванного резервного копирования</translation>
    </message>
    <message>
        <source>The postgres container %1 was paused during the backup.</source>
        <translation>Контейнер postgres %1 был приостановлен во время резервного копирования.</translation>
    </message>
    <message>
        <source>Unpause it (docker unpause %1), then retry the backup.</source>
        <translation>Возобновите его (docker unpause %1) и повторите резервное копирование.</translation>
    </message>
    <message>
        <source>The PostgreSQL server went away: the container %1 stopped during the backup.</source>
        <translation>Сервер PostgreSQL пропал: контейнер %1 остановился во время резервного копирования.</translation>
    </message>
    <message>
        <source>The PostgreSQL server in %1 went away during the backup (the connection was closed).</source>
        <translation>Сервер PostgreSQL в %1 пропал во время резервного копирования (соединение закрыто).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; the backup was not written.</source>
        <translation>Диск, на котором находится %1, заполнен; резервная копия не записана.</translation>
    </message>
    <message>
        <source>pg_dump in %1 failed with exit code %2.</source>
        <translation>pg_dump в %1 завершился с кодом %2.</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL %1, database size %2, %n table(s) counted</source>
        <translation>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитана %n таблица</numerusform>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитано %n таблицы</numerusform>
            <numerusform>PostgreSQL %1, размер базы %2, подсчитано %n таблиц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the dump were written when it filled up (%2 free of %3 on %4); the database is %5, and a plain dump can be as large, a compressed one smaller.</source>
        <translation>К моменту заполнения было записано %1 дампа (свободно %2 из %3 на %4); размер базы — %5, простой дамп может быть таким же, сжатый — меньше.</translation>
    </message>
    <message>
        <source>Free at least %1 there, or choose a backup folder on another disk.</source>
        <translation>Освободите там не меньше %1 или выберите папку для копий на другом диске.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2) in %3 s</source>
        <translation>Копия записана: %1 (%2) за %3 с</translation>
    </message>
    <message>
        <source>Open a snapshot of %1 and count its rows.</source>
        <translation>Открыть снимок базы %1 и подсчитать строки её таблиц.</translation>
    </message>
    <message>
        <source>Dump %1 into %2.</source>
        <translation>Выгрузить %1 в %2.</translation>
    </message>
    <message>
        <source>Check the dump, save it with its manifest and apply retention.</source>
        <translation>Проверить выгрузку, сохранить её с манифестом и применить правило хранения.</translation>
    </message>
    <message>
        <source>Check the dump and save it with its manifest.</source>
        <translation>Проверить выгрузку и сохранить её с манифестом.</translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupManifest</name>
    <message>
        <source>The backup manifest is not valid.</source>
        <translation>Манифест резервной копии некорректен.</translation>
    </message>
    <message>
        <source>It lacks the format or the checksum.</source>
        <translation>В нём нет формата или контрольной суммы.</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read.</source>
        <translation>Не удаётся прочитать манифест %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON.</source>
        <translation>Манифест %1 — некорректный JSON.</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be written.</source>
        <translation>Не удаётся записать манифест %1.</translation>
    </message>
    <message>
        <source>Check free space and permissions.</source>
        <translation>Проверьте свободное место и права доступа.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ComposeCli</name>
    <message>
        <source>Docker Compose is not installed.</source>
        <translation>Docker Compose не установлен.</translation>
    </message>
    <message>
        <source>Neither “docker compose” (the Compose plugin of the docker CLI) nor “docker-compose” was found on PATH.</source>
        <translation>В PATH нет ни «docker compose» (плагина Compose для docker CLI), ни «docker-compose».</translation>
    </message>
    <message>
        <source>Install the Compose plugin (package docker-compose-plugin) or docker-compose (apt-get install docker-compose), then try again.</source>
        <translation>Установите плагин Compose (пакет docker-compose-plugin) или docker-compose (apt-get install docker-compose) и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ComposeJob</name>
    <message>
        <source>Start the stack (compose up)</source>
        <translation>Запуск стека (compose up)</translation>
    </message>
    <message>
        <source>Stop and remove the stack (compose down)</source>
        <translation>Остановка и удаление стека (compose down)</translation>
    </message>
    <message>
        <source>Build the stack&apos;s images (compose build)</source>
        <translation>Сборка образов стека (compose build)</translation>
    </message>
    <message>
        <source>Pull the stack&apos;s images (compose pull)</source>
        <translation>Загрузка образов стека (compose pull)</translation>
    </message>
    <message>
        <source>Check the compose file (compose config)</source>
        <translation>Проверка файла compose (compose config)</translation>
    </message>
    <message>
        <source>Restart services (compose restart)</source>
        <translation>Перезапуск служб (compose restart)</translation>
    </message>
    <message>
        <source>“%1” is not a valid service name.</source>
        <translation>«%1» — недопустимое имя службы.</translation>
    </message>
    <message>
        <source>Service names use only letters, digits, “.”, “_” and “-”, and do not start with “-”.</source>
        <translation>Имя службы состоит только из латинских букв, цифр, «.», «_» и «-» и не начинается с «-».</translation>
    </message>
    <message>
        <source>Use the names from the services: section of docker-compose.yml.</source>
        <translation>Используйте имена из раздела services: файла docker-compose.yml.</translation>
    </message>
    <message>
        <source>The compose folder %1 does not exist.</source>
        <translation>Папки compose %1 не существует.</translation>
    </message>
    <message>
        <source>The stack folder of profile “%1” has no Docker_all folder.</source>
        <translation>В папке стека профиля «%1» нет папки Docker_all.</translation>
    </message>
    <message>
        <source>Choose the folder that holds Docker_all/ in the profile&apos;s settings.</source>
        <translation>Укажите в настройках профиля папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>Running %1 in %2</source>
        <translation>Выполняется %1 в %2</translation>
    </message>
    <message>
        <source>“%1” stopped unexpectedly.</source>
        <translation>«%1» неожиданно прервалась.</translation>
    </message>
    <message>
        <source>Compose was killed by a signal before it finished.</source>
        <translation>Процесс compose был завершён сигналом, не закончив работу.</translation>
    </message>
    <message>
        <source>Run the operation again; if it happens again, check the system log for the out-of-memory killer.</source>
        <translation>Повторите операцию; если сбой повторится, проверьте в системном журнале, не сработал ли OOM killer (нехватка памяти).</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>Check that %1 is installed and can be run by this user.</source>
        <translation>Проверьте, что %1 установлен и этот пользователь может его запускать.</translation>
    </message>
    <message>
        <source>“%1” failed with exit code %2.</source>
        <translation>Команда «%1» завершилась с ошибкой (код выхода %2).</translation>
    </message>
    <message>
        <source>Compose printed nothing.</source>
        <translation>Compose ничего не вывел.</translation>
    </message>
    <message>
        <source>Compose said:</source>
        <translation>Сообщение compose:</translation>
    </message>
    <message>
        <source>Run it as a member of the docker group (or as root), then try again.</source>
        <translation>Запустите команду от имени пользователя из группы docker (или от root) и повторите попытку.</translation>
    </message>
    <message>
        <source>Start Docker (systemctl start docker), or check DOCKER_HOST and the profile&apos;s Docker host, then try again.</source>
        <translation>Запустите Docker (systemctl start docker) или проверьте DOCKER_HOST и адрес Docker в профиле, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Fix the compose file in %1 and check it again.</source>
        <translation>Исправьте файл compose в %1 и проверьте его снова.</translation>
    </message>
    <message>
        <source>Fix what compose reports (the compose file and .env are in %1), then try again.</source>
        <translation>Устраните то, о чём сообщает compose (файл compose и .env лежат в %1), и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DatabaseTarget</name>
    <message>
        <source>The database settings of profile %1 cannot be read.</source>
        <translation>Не удаётся прочитать настройки базы данных профиля %1.</translation>
    </message>
    <message>
        <source>Create Docker_all/.env with POSTGRES_USER, POSTGRES_DB and POSTGRES_PASSWORD, or fix the stack folder in Settings.</source>
        <translation>Создайте Docker_all/.env с POSTGRES_USER, POSTGRES_DB и POSTGRES_PASSWORD или исправьте папку стека в настройках.</translation>
    </message>
    <message>
        <source>%1 does not name the database.</source>
        <translation>В %1 не указана база данных.</translation>
    </message>
    <message>
        <source>POSTGRES_USER or POSTGRES_DB is missing.</source>
        <translation>Нет POSTGRES_USER или POSTGRES_DB.</translation>
    </message>
    <message>
        <source>Add both to the file, as docker-compose.yml expects.</source>
        <translation>Добавьте обе переменные в файл, как ожидает docker-compose.yml.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerCall</name>
    <message>
        <source>The stream from Docker at %1 ended.</source>
        <translation>Поток от Docker по адресу %1 прервался.</translation>
    </message>
    <message>
        <source>The daemon closed the connection (it may be restarting).</source>
        <translation>Демон закрыл соединение (возможно, он перезапускается).</translation>
    </message>
    <message>
        <source>The panel reconnects by itself.</source>
        <translation>Панель переподключится сама.</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>соединение закрылось до конца ответа</translation>
    </message>
    <message>
        <source>The stream from Docker at %1 went quiet for %2 s.</source>
        <translation>Поток от Docker по адресу %1 молчит уже %2 с.</translation>
    </message>
    <message>
        <source>Docker at %1 did not answer %2 %3 within %4 s.</source>
        <translation>Docker по адресу %1 не ответил на %2 %3 за %4 с.</translation>
    </message>
    <message>
        <source>The daemon is busy, hung, or the connection stalled.</source>
        <translation>Демон занят, завис, или соединение застряло.</translation>
    </message>
    <message>
        <source>Check that dockerd is healthy (systemctl status docker) and retry.</source>
        <translation>Проверьте состояние dockerd (systemctl status docker) и повторите.</translation>
    </message>
    <message>
        <source>Docker at %1 sent a reply the panel cannot read.</source>
        <translation>Docker по адресу %1 прислал ответ, который панель не может прочитать.</translation>
    </message>
    <message>
        <source>Check that the address points at a Docker daemon.</source>
        <translation>Проверьте, что адрес указывает на демон Docker.</translation>
    </message>
    <message>
        <source>the reply is larger than %1</source>
        <translation>ответ больше %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerClient</name>
    <message>
        <source>Check the container name in the profile, or bring the stack up.</source>
        <translation>Проверьте имя контейнера в профиле или поднимите стек.</translation>
    </message>
    <message>
        <source>See the Docker daemon&apos;s log (journalctl -u docker).</source>
        <translation>Смотрите журнал демона Docker (journalctl -u docker).</translation>
    </message>
    <message>
        <source>Docker answered %1: %2</source>
        <translation>Docker ответил %1: %2</translation>
    </message>
    <message>
        <source>Docker at %1 did not tell its version.</source>
        <translation>Docker по адресу %1 не сообщил свою версию.</translation>
    </message>
    <message>
        <source>Docker refused GET %1.</source>
        <translation>Docker отклонил GET %1.</translation>
    </message>
    <message>
        <source>Docker could not %1 %2.</source>
        <translation>Docker не смог выполнить %1 для %2.</translation>
    </message>
    <message>
        <source>Docker could not run a command in %1.</source>
        <translation>Docker не смог выполнить команду в %1.</translation>
    </message>
    <message>
        <source>Docker could not read %1 from %2.</source>
        <translation>Docker не смог прочитать %1 из %2.</translation>
    </message>
    <message>
        <source>Docker could not write into %1 of %2.</source>
        <translation>Docker не смог записать в %1 контейнера %2.</translation>
    </message>
    <message>
        <source>Docker could not read the log of %1.</source>
        <translation>Docker не смог прочитать журнал %1.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 приостановлен.</translation>
    </message>
    <message>
        <source>Docker runs nothing in a paused container.</source>
        <translation>В приостановленном контейнере Docker ничего не запускает.</translation>
    </message>
    <message>
        <source>Unpause it: docker unpause %1</source>
        <translation>Возобновите его: docker unpause %1</translation>
    </message>
    <message>
        <source>%1 is restarting.</source>
        <translation>%1 перезапускается.</translation>
    </message>
    <message>
        <source>Docker runs commands in it only once it runs again.</source>
        <translation>Docker выполнит в нём команды, только когда он снова заработает.</translation>
    </message>
    <message>
        <source>Wait until it runs (artgenctl status), then try again; if it keeps restarting, read its log (artgenctl logs %1).</source>
        <translation>Дождитесь, пока он заработает (artgenctl status), и повторите попытку; если он продолжает перезапускаться, прочитайте его журнал (artgenctl logs %1).</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 не запущен.</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 не запущен (%2).</translation>
    </message>
    <message>
        <source>Docker lists processes and runs commands only in a running container.</source>
        <translation>Docker показывает процессы и выполняет команды только в запущенном контейнере.</translation>
    </message>
    <message>
        <source>Start it: docker start %1</source>
        <translation>Запустите его: docker start %1</translation>
    </message>
    <message>
        <source>Start it: artgenctl up %1</source>
        <translation>Запустите его: artgenctl up %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerEndpoint</name>
    <message>
        <source>The Docker host “%1” is not valid.</source>
        <translation>Адрес Docker «%1» неверен.</translation>
    </message>
    <message>
        <source>Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST.</source>
        <translation>Используйте unix:///путь/к/docker.sock, tcp://ХОСТ:ПОРТ или ssh://ПОЛЬЗОВАТЕЛЬ@ХОСТ.</translation>
    </message>
    <message>
        <source>A unix socket path must be absolute.</source>
        <translation>Путь к unix-сокету должен быть абсолютным.</translation>
    </message>
    <message>
        <source>It has no host name.</source>
        <translation>В нём нет имени хоста.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported.</source>
        <translation>Схема «%1» не поддерживается.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerProbe</name>
    <message>
        <source>Docker at %1 answered with HTTP %2.</source>
        <translation>Docker по адресу %1 ответил кодом HTTP %2.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DockerSocket</name>
    <message>
        <source>Docker at %1 closed the connection.</source>
        <translation>Docker по адресу %1 закрыл соединение.</translation>
    </message>
    <message>
        <source>Check that the daemon is running and healthy.</source>
        <translation>Проверьте, что демон запущен и работает нормально.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1.</source>
        <translation>Нет доступа к сокету Docker %1.</translation>
    </message>
    <message>
        <source>Your user may not talk to the Docker daemon.</source>
        <translation>Вашему пользователю не разрешено обращаться к демону Docker.</translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER) and log in again.</source>
        <translation>Добавьте себя в группу docker (sudo usermod -aG docker $USER) и войдите в систему заново.</translation>
    </message>
    <message>
        <source>Docker is not running at %1.</source>
        <translation>Docker не запущен по адресу %1.</translation>
    </message>
    <message>
        <source>Start the daemon (sudo systemctl start docker) or choose another Docker host in the profile.</source>
        <translation>Запустите демон (sudo systemctl start docker) или укажите в профиле другой адрес Docker.</translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1.</source>
        <translation>Не удаётся подключиться к Docker по адресу %1.</translation>
    </message>
    <message>
        <source>Check the Docker host in the profile and that the daemon runs.</source>
        <translation>Проверьте адрес Docker в профиле и что демон запущен.</translation>
    </message>
    <message>
        <source>Start the daemon with a TCP listener, or check host and port.</source>
        <translation>Запустите демон с прослушиванием TCP или проверьте хост и порт.</translation>
    </message>
    <message>
        <source>The Docker host %1 is unknown.</source>
        <translation>Хост Docker %1 неизвестен.</translation>
    </message>
    <message>
        <source>Check the host name in the profile.</source>
        <translation>Проверьте имя хоста в профиле.</translation>
    </message>
    <message>
        <source>The TLS handshake with Docker at %1 failed.</source>
        <translation>Не удалось установить TLS-соединение с Docker по адресу %1.</translation>
    </message>
    <message>
        <source>Check the certificates in %1 (ca.pem, cert.pem, key.pem).</source>
        <translation>Проверьте сертификаты в %1 (ca.pem, cert.pem, key.pem).</translation>
    </message>
    <message>
        <source>The TLS certificates for Docker at %1 are missing.</source>
        <translation>Нет TLS-сертификатов для Docker по адресу %1.</translation>
    </message>
    <message>
        <source>Expected ca.pem, cert.pem and key.pem in %1.</source>
        <translation>Ожидались ca.pem, cert.pem и key.pem в %1.</translation>
    </message>
    <message>
        <source>Set DOCKER_CERT_PATH to the folder that holds them.</source>
        <translation>Укажите в DOCKER_CERT_PATH папку, где они лежат.</translation>
    </message>
    <message>
        <source>Cannot reach Docker over ssh at %1.</source>
        <translation>Не удаётся связаться с Docker по ssh: %1.</translation>
    </message>
    <message>
        <source>Check that `ssh %1 docker version` works without a password prompt (key-based login).</source>
        <translation>Проверьте, что `ssh %1 docker version` работает без запроса пароля (вход по ключу).</translation>
    </message>
    <message>
        <source>The ssh client is not installed.</source>
        <translation>Клиент ssh не установлен.</translation>
    </message>
    <message>
        <source>Install openssh-client.</source>
        <translation>Установите openssh-client.</translation>
    </message>
    <message>
        <source>The TLS key for Docker at %1 cannot be read.</source>
        <translation>Не удаётся прочитать TLS-ключ для Docker по адресу %1.</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA or EC private key in PEM format.</source>
        <translation>%1 — не незашифрованный закрытый ключ RSA или EC в формате PEM.</translation>
    </message>
    <message>
        <source>Use the key.pem that belongs to cert.pem.</source>
        <translation>Используйте key.pem, парный к cert.pem.</translation>
    </message>
    <message>
        <source>Start the daemon (sudo systemctl start docker), or set DOCKER_HOST or the profile&apos;s Docker host to the socket it listens on.</source>
        <translation>Запустите демон (sudo systemctl start docker) или укажите в DOCKER_HOST либо в адресе Docker в профиле сокет, который он слушает.</translation>
    </message>
    <message>
        <source>There is no Docker socket at %1.</source>
        <translation>Сокета Docker по пути %1 нет.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>It is a folder, not a socket.</source>
        <translation>Это папка, а не сокет.</translation>
    </message>
    <message>
        <source>It is a file, not a socket.</source>
        <translation>Это файл, а не сокет.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpFeeder</name>
    <message>
        <source>The backup file changed after it was checked; nothing was committed.</source>
        <translation>Файл копии изменился после проверки; ничего не зафиксировано.</translation>
    </message>
    <message>
        <source>Its SHA-256 was %1 when checked and %2 while restoring.</source>
        <translation>При проверке его SHA-256 был %1, при восстановлении — %2.</translation>
    </message>
    <message>
        <source>Make sure nothing writes to the file, then restore again.</source>
        <translation>Убедитесь, что в файл никто не пишет, и повторите восстановление.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpReader</name>
    <message>
        <source>The backup file %1 is damaged.</source>
        <translation>Файл резервной копии %1 повреждён.</translation>
    </message>
    <message>
        <source>Use another backup; this one cannot be restored.</source>
        <translation>Используйте другую копию; эту восстановить нельзя.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл резервной копии %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup.</source>
        <translation>%1 — не резервная копия PostgreSQL.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>It is neither plain SQL, gzip, zstd nor a pg_dump custom archive.</source>
        <translation>Это не SQL, не gzip, не zstd и не архив pg_dump формата custom.</translation>
    </message>
    <message>
        <source>Choose a file written by pg_dump or by this panel.</source>
        <translation>Выберите файл, созданный pg_dump или этой панелью.</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>Ошибка чтения %1.</translation>
    </message>
    <message>
        <source>The compressed data ends too early: the file was cut.</source>
        <translation>Сжатые данные обрываются раньше времени: файл обрезан.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 — папка, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a backup file.</source>
        <translation>%1 — именованный канал, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a backup file.</source>
        <translation>%1 — сокет, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a device, not a backup file.</source>
        <translation>%1 — устройство, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so not a backup file.</source>
        <translation>%1 — не обычный файл, а значит, не резервная копия.</translation>
    </message>
    <message>
        <source>A backup is a regular file written by pg_dump or by this panel.</source>
        <translation>Резервная копия — это обычный файл, созданный pg_dump или этой панелью.</translation>
    </message>
    <message>
        <source>Name the backup file itself.</source>
        <translation>Укажите сам файл резервной копии.</translation>
    </message>
    <message>
        <source>It is a valid %1 file, but what it holds is not SQL written by pg_dump.</source>
        <translation>Это корректный файл %1, но внутри него не SQL, созданный pg_dump.</translation>
    </message>
</context>
<context>
    <name>artgen::core::DumpWriter</name>
    <message>
        <source>The disk is full: free space or choose another backup folder.</source>
        <translation>Диск заполнен: освободите место или выберите другую папку для копий.</translation>
    </message>
    <message>
        <source>Check that the backup folder exists and is writable.</source>
        <translation>Проверьте, что папка для копий существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку для копий %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created.</source>
        <translation>Не удаётся создать файл резервной копии %1.</translation>
    </message>
    <message>
        <source>Writing the backup file %1 failed.</source>
        <translation>Ошибка записи файла резервной копии %1.</translation>
    </message>
    <message>
        <source>Compressing the backup failed.</source>
        <translation>Ошибка сжатия резервной копии.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be flushed to disk.</source>
        <translation>Не удалось сбросить файл резервной копии %1 на диск.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed to %1.</source>
        <translation>Не удалось переименовать готовую копию в %1.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>Check the backup folder&apos;s permissions and free space.</source>
        <translation>Проверьте права на папку копий и свободное место.</translation>
    </message>
</context>
<context>
    <name>artgen::core::EnvFile</name>
    <message>
        <source>Cannot read the environment file %1.</source>
        <translation>Не удаётся прочитать файл окружения %1.</translation>
    </message>
    <message>
        <source>Check that the stack folder is right and the file is readable.</source>
        <translation>Проверьте, что папка стека указана верно и файл доступен для чтения.</translation>
    </message>
</context>
<context>
    <name>artgen::core::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The operation was stopped on request.</source>
        <translation>Операция остановлена по запросу.</translation>
    </message>
</context>
<context>
    <name>artgen::core::ExecSession</name>
    <message>
        <source>Docker could not run %1 in %2.</source>
        <translation>Docker не смог запустить %1 в %2.</translation>
    </message>
    <message>
        <source>Docker sent a reply the panel cannot read.</source>
        <translation>Docker прислал ответ, который панель не может прочитать.</translation>
    </message>
    <message>
        <source>Docker could not start %1 in %2.</source>
        <translation>Docker не смог запустить %1 в %2.</translation>
    </message>
    <message>
        <source>The output of %1 could not be read.</source>
        <translation>Не удаётся прочитать вывод %1.</translation>
    </message>
    <message>
        <source>The end of the input could not be sent to %1.</source>
        <translation>Не удалось передать %1 конец входных данных.</translation>
    </message>
    <message>
        <source>This Docker connection (TLS) cannot close one direction only.</source>
        <translation>Это соединение с Docker (TLS) не может закрыть только одно направление.</translation>
    </message>
    <message>
        <source>Use the local socket or ssh:// for restores.</source>
        <translation>Для восстановления используйте локальный сокет или ssh://.</translation>
    </message>
    <message>
        <source>Docker closed the connection before %1 started.</source>
        <translation>Docker закрыл соединение до запуска %1.</translation>
    </message>
    <message>
        <source>Check that the container is running.</source>
        <translation>Проверьте, что контейнер запущен.</translation>
    </message>
    <message>
        <source>Docker could not tell how %1 ended.</source>
        <translation>Docker не сообщил, как завершился %1.</translation>
    </message>
    <message>
        <source>The container %1 is not running.</source>
        <translation>Контейнер %1 не запущен.</translation>
    </message>
    <message>
        <source>Start the stack (Containers page or artgenctl up), or check the container name in the profile.</source>
        <translation>Запустите стек (страница «Контейнеры» или artgenctl up) или проверьте имя контейнера в профиле.</translation>
    </message>
</context>
<context>
    <name>artgen::core::HumanFormat</name>
    <message>
        <source>%1s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a size per second</comment>
        <translation>%1/с</translation>
    </message>
</context>
<context>
    <name>artgen::core::Job</name>
    <message>
        <source>“%1” ended without a result.</source>
        <translation>«%1» завершилось без результата.</translation>
    </message>
    <message>
        <source>This is a bug in the panel.</source>
        <translation>Это ошибка в панели.</translation>
    </message>
    <message>
        <source>Please report it with the log file attached.</source>
        <translation>Сообщите о ней, приложив файл журнала.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LegacyBackupFolders</name>
    <message>
        <source>%1 holds backups of the profiles %2, which earlier versions put into one folder; it is left as it is: move each profile&apos;s backups to its own folder by hand.</source>
        <translation>В %1 лежат копии профилей %2: прежние версии складывали их в одну папку; она оставлена как есть — разнесите копии каждого профиля по своим папкам вручную.</translation>
    </message>
    <message>
        <source>The backups of profile %1 moved from %2 to %3.</source>
        <translation>Копии профиля %1 перенесены из %2 в %3.</translation>
    </message>
    <message>
        <source>The backups of profile %1 stay in %2: it could not be renamed to %3.</source>
        <translation>Копии профиля %1 остались в %2: не удалось переименовать папку в %3.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogExporter</name>
    <message>
        <source>The log could not be saved to %1.</source>
        <translation>Не удалось сохранить журнал в %1.</translation>
    </message>
    <message>
        <source>Choose another folder or free some disk space.</source>
        <translation>Выберите другую папку или освободите место на диске.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogFollower</name>
    <message>
        <source>The container %1 was removed; its log ends here.</source>
        <translation>Контейнер %1 удалён; его журнал здесь заканчивается.</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>Контейнера %1 нет.</translation>
    </message>
    <message>
        <source>The log of %1 could not be read.</source>
        <translation>Не удалось прочитать журнал %1.</translation>
    </message>
    <message>
        <source>Check that the address points at a Docker daemon.</source>
        <translation>Проверьте, что адрес указывает на демон Docker.</translation>
    </message>
    <message>
        <source>Docker could not read the log of %1.</source>
        <translation>Docker не смог прочитать журнал %1.</translation>
    </message>
    <message>
        <source>The container %1 was removed; its log ends here. Waiting for a new container of that name.</source>
        <translation>Контейнер %1 удалён; его журнал на этом заканчивается. Ожидается новый контейнер с тем же именем.</translation>
    </message>
    <message>
        <source>There is no container %1 yet; waiting for it to be created.</source>
        <translation>Контейнера %1 пока нет; ожидается его создание.</translation>
    </message>
    <message>
        <source>A new container %1 was created; its log follows.</source>
        <translation>Создан новый контейнер %1; далее — его журнал.</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogLevels</name>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>artgen::core::LogSanitizer</name>
    <message>
        <source>[line cut: %1 more bytes]</source>
        <translation>[строка обрезана: ещё %1 байт]</translation>
    </message>
</context>
<context>
    <name>artgen::core::PortMapping</name>
    <message>
        <source>%1 (not published)</source>
        <translation>%1 (не опубликован)</translation>
    </message>
</context>
<context>
    <name>artgen::core::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Профиль «%1» уже есть.</translation>
    </message>
    <message>
        <source>No Docker_all/docker-compose.yml in “%1”. Choose the folder that holds Docker_all/.</source>
        <translation>В «%1» нет Docker_all/docker-compose.yml. Выберите папку, в которой лежит Docker_all/.</translation>
    </message>
    <message>
        <source>The compose project name is empty (the demo stack uses art_generation).</source>
        <translation>Имя проекта Compose пустое (демо-стек использует art_generation).</translation>
    </message>
    <message>
        <source>The API base URL must look like http://HOST:PORT.</source>
        <translation>Базовый URL API должен иметь вид http://ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>The container name for “%1” is empty.</source>
        <translation>Имя контейнера для «%1» пустое.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, like /var/backups/artgen.</source>
        <translation>Папка копий должна быть полным путём, например /var/backups/artgen.</translation>
    </message>
    <message>
        <source>The backup folder is inside the stack folder: compose builds would send every backup to Docker. Choose a folder outside %1.</source>
        <translation>Папка копий внутри папки стека: при сборке compose отправлял бы каждую копию в Docker. Выберите папку вне %1.</translation>
    </message>
    <message>
        <source>Choose a backup format.</source>
        <translation>Выберите формат копий.</translation>
    </message>
</context>
<context>
    <name>artgen::core::RestoreJob</name>
    <message>
        <source>Restore %1</source>
        <translation>Восстановление %1</translation>
    </message>
    <message>
        <source>Check %1: format, completeness and checksum — nothing is touched before.</source>
        <translation>Проверить %1: формат, полноту и контрольную сумму — до этого ничего не меняется.</translation>
    </message>
    <message>
        <source>Back up the current database %1 (safety backup).</source>
        <translation>Сделать резервную копию текущей базы %1 (страховочную).</translation>
    </message>
    <message>
        <source>Stop %1.</source>
        <translation>Остановить %1.</translation>
    </message>
    <message>
        <source>Restore into a new database %1, in one transaction.</source>
        <translation>Восстановить в новую базу %1 одной транзакцией.</translation>
    </message>
    <message>
        <source>Replace %1 with it, then drop the old database: everything in %1 that is not in the backup is lost.</source>
        <translation>Заменить ею %1 и удалить старую базу: всё в %1, чего нет в копии, будет потеряно.</translation>
    </message>
    <message>
        <source>Restore into %1 in one transaction: the objects in the backup are replaced; if anything fails, nothing changes.</source>
        <translation>Восстановить в %1 одной транзакцией: объекты из копии заменяются; при любой ошибке ничего не меняется.</translation>
    </message>
    <message>
        <source>Compare row counts per table with the backup&apos;s manifest.</source>
        <translation>Сравнить число строк в каждой таблице с манифестом копии.</translation>
    </message>
    <message>
        <source>Start %1 again.</source>
        <translation>Снова запустить %1.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation>Страховочная копия %1</translation>
    </message>
    <message>
        <source>The safety backup failed, so nothing was restored.</source>
        <translation>Страховочная копия не удалась, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Fix the cause, or restore without a safety backup.</source>
        <translation>Устраните причину или восстановите без страховочной копии.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Остановка %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>В %1 ничего не изменено.</translation>
    </message>
    <message>
        <source>Creating database %1</source>
        <translation>Создание базы %1</translation>
    </message>
    <message>
        <source>The database for the restore could not be created.</source>
        <translation>Не удалось создать базу для восстановления.</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Восстановление в %1</translation>
    </message>
    <message>
        <source>The restore failed; the transaction was rolled back.</source>
        <translation>Восстановление не удалось; транзакция отменена.</translation>
    </message>
    <message>
        <source>%1 is unchanged. Read the message above.</source>
        <translation>%1 не изменена. Прочтите сообщение выше.</translation>
    </message>
    <message>
        <source>Replacing %1 with the restored database</source>
        <translation>Замена %1 восстановленной базой</translation>
    </message>
    <message>
        <source>The restored database could not replace %1.</source>
        <translation>Восстановленная база не смогла заменить %1.</translation>
    </message>
    <message>
        <source>Counting the restored rows failed.</source>
        <translation>Не удалось подсчитать восстановленные строки.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts differ from the manifest in %n table(s).</source>
        <translation>
            <numerusform>Число строк отличается от манифеста в %n таблице.</numerusform>
            <numerusform>Число строк отличается от манифеста в %n таблицах.</numerusform>
            <numerusform>Число строк отличается от манифеста в %n таблицах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No manifest: %n table(s) restored, counts not compared.</source>
        <translation>
            <numerusform>Манифеста нет: восстановлена %n таблица, число строк не сравнивалось.</numerusform>
            <numerusform>Манифеста нет: восстановлено %n таблицы, число строк не сравнивалось.</numerusform>
            <numerusform>Манифеста нет: восстановлено %n таблиц, число строк не сравнивалось.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Cancelling the restore</source>
        <translation>Отмена восстановления</translation>
    </message>
    <message>
        <source>it is a backup of database %1, not %2</source>
        <translation>это копия базы %1, а не %2</translation>
    </message>
    <message>
        <source>it was made for profile %1, not %2</source>
        <translation>она сделана для профиля %1, а не %2</translation>
    </message>
    <message>
        <source>%1 does not belong to database %2, so nothing was restored.</source>
        <translation>%1 не относится к базе %2, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Choose a backup of %1, or confirm that its data should replace %1 (artgenctl: --into-other-database; the panel: type the database name).</source>
        <translation>Выберите копию базы %1 или подтвердите, что её данные должны заменить %1 (artgenctl: --into-other-database; в панели — введите имя базы).</translation>
    </message>
    <message>
        <source>Restoring into another database as asked: %1.</source>
        <translation>Восстановление в другую базу, как было запрошено: %1.</translation>
    </message>
    <message>
        <source>%1 could not be started again and is down: %2 Start it with: docker start %1</source>
        <translation>%1 не удалось запустить снова, он остановлен: %2 Запустите его командой: docker start %1</translation>
    </message>
</context>
<context>
    <name>artgen::core::SettingsStore</name>
    <message>
        <source>Cannot read or write the settings file %1.</source>
        <translation>Не удаётся прочитать или записать файл настроек %1.</translation>
    </message>
    <message>
        <source>The file or its folder is not accessible.</source>
        <translation>Нет доступа к файлу или его папке.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder.</source>
        <translation>Проверьте права доступа к файлу и его папке.</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed.</source>
        <translation>Файл настроек %1 повреждён.</translation>
    </message>
    <message>
        <source>It is not a valid INI file, so it was not used.</source>
        <translation>Это не корректный INI-файл, поэтому он не использован.</translation>
    </message>
    <message>
        <source>Fix or move the file aside; the panel then starts with defaults.</source>
        <translation>Исправьте файл или переместите его; тогда панель запустится с настройками по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used.</source>
        <translation>Файл настроек %1 нельзя использовать.</translation>
    </message>
    <message>
        <source>Fix the file or move it aside, then start again. Until then nothing is written to it.</source>
        <translation>Исправьте файл или переместите его и запустите снова. До тех пор в него ничего не записывается.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>Move the folder aside or set ARTGEN_CONFIG to a file, then start again.</source>
        <translation>Переместите папку или укажите в ARTGEN_CONFIG файл и запустите снова.</translation>
    </message>
    <message>
        <source>It is not a regular file but a named pipe, a socket or a device.</source>
        <translation>Это не обычный файл, а именованный канал, сокет или устройство.</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>Его нельзя прочитать.</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Его нельзя прочитать: %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, or move the file aside. Until then nothing is written to it.</source>
        <translation>Проверьте права доступа к файлу и его папке или переместите файл. До тех пор в него ничего не записывается.</translation>
    </message>
    <message>
        <source>It is not a settings file: it holds binary data, not text.</source>
        <translation>Это не файл настроек: в нём двоичные данные, а не текст.</translation>
    </message>
    <message>
        <source>It is not a settings file: line %1 is neither a [section] nor a key=value pair.</source>
        <translation>Это не файл настроек: строка %1 — не [раздел] и не пара ключ=значение.</translation>
    </message>
    <message>
        <source>It looks cut off: its last line (%1) is incomplete, has no line break or is a section without keys.</source>
        <translation>Похоже, файл обрезан: его последняя строка (%1) неполная, без перевода строки или это раздел без ключей.</translation>
    </message>
    <message>
        <source>It looks cut off: its list of profiles is incomplete.</source>
        <translation>Похоже, файл обрезан: список профилей в нём неполный.</translation>
    </message>
    <message>
        <source>It is not a settings file: QSettings cannot parse it.</source>
        <translation>Это не файл настроек: QSettings не может его разобрать.</translation>
    </message>
    <message>
        <source>It is not a settings file: it is larger than %1.</source>
        <translation>Это не файл настроек: он больше %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StackMonitor</name>
    <message>
        <source>The event stream from Docker ended.</source>
        <translation>Поток событий от Docker прервался.</translation>
    </message>
    <message>
        <source>The daemon closed it (it may be restarting).</source>
        <translation>Демон закрыл его (возможно, он перезапускается).</translation>
    </message>
    <message>
        <source>The panel reconnects by itself.</source>
        <translation>Панель переподключится сама.</translation>
    </message>
    <message>
        <source>Docker refused the event stream.</source>
        <translation>Docker отказал в потоке событий.</translation>
    </message>
</context>
<context>
    <name>artgen::core::StackVerdict</name>
    <message numerus="yes">
        <source>%n of %1 services down</source>
        <translation>
            <numerusform>%n из %1 сервисов не работает</numerusform>
            <numerusform>%n из %1 сервисов не работают</numerusform>
            <numerusform>%n из %1 сервисов не работают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services unhealthy</source>
        <translation>
            <numerusform>%n из %1 сервисов не проходит проверку здоровья</numerusform>
            <numerusform>%n из %1 сервисов не проходят проверку здоровья</numerusform>
            <numerusform>%n из %1 сервисов не проходят проверку здоровья</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services starting</source>
        <translation>
            <numerusform>%n из %1 сервисов запускается</numerusform>
            <numerusform>%n из %1 сервисов запускаются</numerusform>
            <numerusform>%n из %1 сервисов запускаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %n healthy</source>
        <translation>
            <numerusform>%n из %n в порядке</numerusform>
            <numerusform>%n из %n в порядке</numerusform>
            <numerusform>%n из %n в порядке</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::TerminalLauncher</name>
    <message>
        <source>No terminal emulator was found.</source>
        <translation>Эмулятор терминала не найден.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
</context>
<context>
    <name>artgen::core::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>%1 does not match its manifest.</source>
        <translation>%1 не совпадает со своим манифестом.</translation>
    </message>
    <message>
        <source>The SHA-256 differs: the file was changed or damaged after the backup.</source>
        <translation>SHA-256 отличается: файл изменён или повреждён после копирования.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Используйте другую копию.</translation>
    </message>
    <message>
        <source>%1 is incomplete.</source>
        <translation>%1 неполный.</translation>
    </message>
    <message>
        <source>The dump does not end with pg_dump&apos;s &quot;dump complete&quot; line: it was cut off.</source>
        <translation>Дамп не заканчивается строкой pg_dump «dump complete»: он обрезан.</translation>
    </message>
    <message>
        <source>%1 is complete and matches its manifest.</source>
        <translation>%1 полный и совпадает со своим манифестом.</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 полный.</translation>
    </message>
    <message>
        <source>%1 cannot be checked completely here.</source>
        <translation>%1 нельзя полностью проверить здесь.</translation>
    </message>
    <message>
        <source>A custom-format archive without a manifest is read through by pg_restore in the postgres container, and Docker is not reachable.</source>
        <translation>Архив формата custom без манифеста читается целиком pg_restore в контейнере postgres, а Docker недоступен.</translation>
    </message>
    <message>
        <source>Start the stack and verify again.</source>
        <translation>Запустите стек и проверьте снова.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete.</source>
        <translation>%1 повреждён или неполный.</translation>
    </message>
    <message>
        <source>%1 is complete (pg_restore read all of it).</source>
        <translation>%1 полный (pg_restore прочитал его целиком).</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupCatalogModel</name>
    <message>
        <source>unverified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No manifest: the backup did not finish here or was copied without it. Verify it before relying on it.</source>
        <translation>Манифеста нет: копирование здесь не завершилось или файл скопирован без него. Проверьте копию, прежде чем на неё полагаться.</translation>
    </message>
    <message>
        <source>The file&apos;s size differs from its manifest: it was cut or changed after the backup. Do not restore it.</source>
        <translation>Размер файла не совпадает с манифестом: файл обрезан или изменён после копирования. Не восстанавливайте его.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>size ok</source>
        <translation>размер в норме</translation>
    </message>
    <message>
        <source>The file&apos;s size matches its manifest, so it was not cut. Its checksum is compared only by Verify, which reads the whole file.</source>
        <translation>Размер файла совпадает с манифестом, значит, он не обрезан. Контрольную сумму сверяет только «Проверить», читая весь файл.</translation>
    </message>
    <message>
        <source>Plain SQL (.sql)</source>
        <translation>SQL (.sql)</translation>
    </message>
    <message>
        <source>SQL, gzip (.sql.gz)</source>
        <translation>SQL, gzip (.sql.gz)</translation>
    </message>
    <message>
        <source>SQL, zstd (.sql.zst)</source>
        <translation>SQL, zstd (.sql.zst)</translation>
    </message>
    <message>
        <source>PostgreSQL custom (.dump)</source>
        <translation>PostgreSQL custom (.dump)</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsController</name>
    <message>
        <source>Backing up database %1…</source>
        <translation>Резервное копирование базы %1…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 удалена.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored.</source>
        <translation>Копию %1 нельзя восстановить.</translation>
    </message>
    <message>
        <source>The file does not exist or is not a regular file.</source>
        <translation>Файла нет, или это не обычный файл.</translation>
    </message>
    <message>
        <source>Refresh the list or pick another file.</source>
        <translation>Обновите список или выберите другой файл.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The active profile changed while the restore dialog was open.</source>
        <translation>Активный профиль сменился, пока было открыто окно восстановления.</translation>
    </message>
    <message>
        <source>Open Restore again on the profile you mean.</source>
        <translation>Откройте восстановление снова в нужном профиле.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2…</source>
        <translation>Восстановление %1 в %2…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left half-done.</source>
        <translation>Отменено. Ничего не осталось сделанным наполовину.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2) in %3.</source>
        <translation>Копия записана в %1 (%2) за %3.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n table(s), checksum in the manifest.</source>
        <translation>
            <numerusform>Проверено: %n таблица, контрольная сумма в манифесте.</numerusform>
            <numerusform>Проверено: %n таблицы, контрольная сумма в манифесте.</numerusform>
            <numerusform>Проверено: %n таблиц, контрольная сумма в манифесте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older backup(s).</source>
        <translation>
            <numerusform>Правило хранения удалило %n старую копию.</numerusform>
            <numerusform>Правило хранения удалило %n старые копии.</numerusform>
            <numerusform>Правило хранения удалило %n старых копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 into %2 in %3.</source>
        <translation>%1 восстановлена в %2 за %3.</translation>
    </message>
    <message>
        <source>The file has no manifest, so row counts were not compared.</source>
        <translation>У файла нет манифеста, поэтому число строк не сравнивалось.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Число строк совпадает с манифестом в %n таблице.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
            <numerusform>Число строк совпадает с манифестом во всех %n таблицах.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows in the backup, %3 now</source>
        <translation>%1: строк в копии — %2, сейчас — %3</translation>
    </message>
    <message numerus="yes">
        <source>But row counts differ from the manifest in %n table(s):</source>
        <translation>
            <numerusform>Но число строк расходится с манифестом в %n таблице:</numerusform>
            <numerusform>Но число строк расходится с манифестом в %n таблицах:</numerusform>
            <numerusform>Но число строк расходится с манифестом в %n таблицах:</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety backup of the previous state: %1</source>
        <translation>Страховочная копия прежнего состояния: %1</translation>
    </message>
    <message>
        <source>Started again: %1.</source>
        <translation>Снова запущены: %1.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Dump the stack&apos;s database into the backup folder, verified, with a manifest.</source>
        <translation>Выгрузить базу данных стека в папку копий, с проверкой и манифестом.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Read the whole file again and check it against its manifest.</source>
        <translation>Прочитать весь файл заново и сверить с манифестом.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>No active profile — add one in Settings.</source>
        <translation>Нет активного профиля — добавьте его в настройках.</translation>
    </message>
    <message>
        <source>Backups in %1 — reading…</source>
        <translation>Копии в %1 — чтение…</translation>
    </message>
    <message>
        <source>No backups in %1 yet. “Back up now” makes the first one.</source>
        <translation>В %1 пока нет копий. Кнопка «Создать копию» сделает первую.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, %2 in all.</source>
        <translation>
            <numerusform>%n копия в %1, всего %2.</numerusform>
            <numerusform>%n копии в %1, всего %2.</numerusform>
            <numerusform>%n копий в %1, всего %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the backup?</source>
        <translation>Удалить копию?</translation>
    </message>
    <message>
        <source>Delete %1 and its manifest from %2? This cannot be undone.</source>
        <translation>Удалить %1 и её манифест из %2? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Восстановить из файла копии</translation>
    </message>
    <message>
        <source>Database backups (*.sql *.sql.gz *.sql.zst *.dump);;All files (*)</source>
        <translation>Резервные копии базы (*.sql *.sql.gz *.sql.zst *.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Не удаётся открыть папку %1.</translation>
    </message>
    <message>
        <source>It does not exist and cannot be created.</source>
        <translation>Её нет, и создать её не удаётся.</translation>
    </message>
    <message>
        <source>Check the backup folder in Settings.</source>
        <translation>Проверьте папку копий в настройках.</translation>
    </message>
    <message>
        <source>No file manager answered (the desktop has none set for folders).</source>
        <translation>Файловый менеджер не ответил (в системе не задан обработчик папок).</translation>
    </message>
    <message>
        <source>Open %1 in a file manager or terminal yourself, or set a default file manager for folders in the desktop&apos;s settings.</source>
        <translation>Откройте %1 в файловом менеджере или терминале сами либо задайте файловый менеджер по умолчанию в настройках рабочего стола.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainerDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Показать секреты</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID образа</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Код завершения</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Политика перезапуска</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Проверка работоспособности</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>проверки работоспособности нет</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>код завершения %1: %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Переменные окружения</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Точки монтирования</translation>
    </message>
    <message>
        <source>rw</source>
        <translation>чтение и запись</translation>
    </message>
    <message>
        <source>ro</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>адреса нет</translation>
    </message>
    <message>
        <source>%1, aliases: %2</source>
        <translation>%1, псевдонимы: %2</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Скрыть секреты</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainersModel</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>завершён (%1)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущен %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Перезапуски</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>перезапускается</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>сбой (dead)</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>удаляется</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>исправен</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>неисправен</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ContainersPage</name>
    <message>
        <source>Up</source>
        <translation>Поднять</translation>
    </message>
    <message>
        <source>Create and start every service (docker-compose up -d).</source>
        <translation>Создать и запустить все службы (docker-compose up -d).</translation>
    </message>
    <message>
        <source>Build…</source>
        <translation>Собрать…</translation>
    </message>
    <message>
        <source>Rebuild the images (docker-compose build).</source>
        <translation>Пересобрать образы (docker-compose build).</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>без кэша</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>Перезапустить все</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Processes…</source>
        <translation>Процессы…</translation>
    </message>
    <message>
        <source>Run command…</source>
        <translation>Выполнить команду…</translation>
    </message>
    <message>
        <source>%1 Reconnecting…</source>
        <translation>%1 Переподключение…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Остановка %1…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Перезапуск %1…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>Rebuild the images?</source>
        <translation>Пересобрать образы?</translation>
    </message>
    <message>
        <source>This rebuilds every image from scratch without the cache; it can take several minutes. Running containers keep the old images until the stack is brought up again.</source>
        <translation>Все образы будут пересобраны с нуля без кэша; это может занять несколько минут. Работающие контейнеры останутся на старых образах, пока стек не поднимут снова.</translation>
    </message>
    <message>
        <source>This rebuilds the images. Running containers keep the old images until the stack is brought up again.</source>
        <translation>Образы будут пересобраны. Работающие контейнеры останутся на старых образах, пока стек не поднимут снова.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>gunicorn: 1 + %1 of %2 %3   Celery: %4 of %5 %6</source>
        <translation>gunicorn: 1 + %1 из %2 %3   Celery: %4 из %5 %6</translation>
    </message>
    <message>
        <source>gunicorn masters: %1. Measured from the containers&apos; process tables.</source>
        <translation>Главных процессов gunicorn: %1. Подсчитано по таблицам процессов контейнеров.</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <source>Open the Logs page on this container&apos;s log.</source>
        <translation>Открыть страницу «Журналы» с журналом этого контейнера.</translation>
    </message>
    <message>
        <source>Workers: unknown</source>
        <translation>Воркеры: неизвестно</translation>
    </message>
    <message>
        <source>Bring down (compose down)…</source>
        <translation>Снести стек (down)…</translation>
    </message>
    <message>
        <source>Stop and remove all the stack&apos;s containers (docker-compose down).</source>
        <translation>Остановить и удалить все контейнеры стека (docker-compose down).</translation>
    </message>
    <message>
        <source>Bring the whole stack down (compose down)?</source>
        <translation>Снести весь стек (compose down)?</translation>
    </message>
    <message>
        <source>This stops and removes every container of “%1” (compose project %2), not just the selected one. The API is unavailable until the stack is brought up again with Up. Data volumes (the database, Redis) are kept.</source>
        <translation>Будут остановлены и удалены все контейнеры «%1» (проект compose %2), а не только выбранный. API будет недоступен, пока стек не поднимут снова кнопкой «Поднять». Тома с данными (база данных, Redis) сохранятся.</translation>
    </message>
    <message>
        <source>Bring the stack down</source>
        <translation>Снести стек</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>запуск…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <source>Nothing was done: the active profile changed while the question was open.</source>
        <translation>Ничего не сделано: активный профиль сменился, пока был открыт вопрос.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobController</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobOutputPane</name>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Output — %1</source>
        <translation>Вывод — %1</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>Готово за %1.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::JobProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 of ~%2</source>
        <translation>%1 из ~%2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsModel</name>
    <message numerus="yes">
        <source>(+%n line(s))</source>
        <translation>
            <numerusform>(ещё %n строка)</numerusform>
            <numerusform>(ещё %n строки)</numerusform>
            <numerusform>(ещё %n строк)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsPage</name>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Инфо и выше</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Предупреждения и выше</translation>
    </message>
    <message>
        <source>Errors and above</source>
        <translation>Ошибки и выше</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Только критичные</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Последние 5 минут</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Последние 15 минут</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Start: last 100 lines</source>
        <translation>Начало: последние 100 строк</translation>
    </message>
    <message>
        <source>Start: last 1000 lines</source>
        <translation>Начало: последние 1000 строк</translation>
    </message>
    <message>
        <source>Start: last 10 000 lines</source>
        <translation>Начало: последние 10 000 строк</translation>
    </message>
    <message>
        <source>Start: everything</source>
        <translation>Начало: всё</translation>
    </message>
    <message>
        <source>How much of each container&apos;s past log to read when following starts.</source>
        <translation>Сколько прошлого журнала каждого контейнера прочитать в начале слежения.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up turns it off.</source>
        <translation>Держать в поле зрения последнюю строку. Прокрутка вверх выключает.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Freeze the view; new lines keep arriving and are shown on resume.</source>
        <translation>Заморозить вид; новые строки продолжают поступать и появятся после продолжения.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C).</source>
        <translation>Скопировать выделенные строки (Ctrl+C).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the shown lines…</source>
        <translation>Экспортировать показанные строки…</translation>
    </message>
    <message>
        <source>Export every stored line…</source>
        <translation>Экспортировать все сохранённые строки…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Forget the lines shown so far; following goes on.</source>
        <translation>Забыть показанные строки; слежение продолжается.</translation>
    </message>
    <message>
        <source>Search (Enter: next match)</source>
        <translation>Поиск (Enter — следующее совпадение)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражение</translation>
    </message>
    <message>
        <source>Search with a regular expression instead of plain text.</source>
        <translation>Искать по регулярному выражению, а не по тексту.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Following paused: %1 The log resumes where it stopped.</source>
        <translation>Слежение прервано: %1 Журнал продолжится с того места, где остановился.</translation>
    </message>
    <message>
        <source>No line matches “%1”.</source>
        <translation>Нет строк, подходящих под «%1».</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n line(s) waiting</source>
        <translation>
            <numerusform>пауза: ждёт %n строка</numerusform>
            <numerusform>пауза: ждут %n строки</numerusform>
            <numerusform>пауза: ждут %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>Export the shown lines</source>
        <translation>Экспорт показанных строк</translation>
    </message>
    <message>
        <source>Export every stored line</source>
        <translation>Экспорт всех сохранённых строк</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Файлы журналов (*.log *.txt)</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>Only lines from a time window. A window reaching back before the lines read so far reads the containers&apos; logs again from there.</source>
        <translation>Только строки из окна времени. Если окно начинается раньше уже прочитанных строк, журналы контейнеров читаются заново с его начала.</translation>
    </message>
    <message>
        <source>Start: the time range</source>
        <translation>Начало: диапазон времени</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>По контейнерам</translation>
    </message>
    <message>
        <source>One pane per chosen container instead of one merged timeline.</source>
        <translation>Отдельная панель для каждого выбранного контейнера вместо общей ленты.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>now (keep following)</source>
        <translation>сейчас (продолжать следить)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n строка</numerusform>
            <numerusform>%1 · %n строки</numerusform>
            <numerusform>%1 · %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the containers&apos; logs from %1…</source>
        <translation>Чтение журналов контейнеров с %1…</translation>
    </message>
    <message>
        <source>Start: last 50 lines</source>
        <translation>Начало: последние 50 строк</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) shown</source>
        <translation>
            <numerusform>показана %Ln строка</numerusform>
            <numerusform>показаны %Ln строки</numerusform>
            <numerusform>показано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln в памяти</numerusform>
            <numerusform>%Ln в памяти</numerusform>
            <numerusform>%Ln в памяти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln oldest dropped (limit %1)</source>
        <translation>
            <numerusform>%Ln старейшая отброшена (предел %1)</numerusform>
            <numerusform>%Ln старейшие отброшены (предел %1)</numerusform>
            <numerusform>%Ln старейших отброшено (предел %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped while paused (limit %1)</source>
        <translation>
            <numerusform>%Ln отброшена во время паузы (предел %1)</numerusform>
            <numerusform>%Ln отброшены во время паузы (предел %1)</numerusform>
            <numerusform>%Ln отброшено во время паузы (предел %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Только совпадения</translation>
    </message>
    <message>
        <source>Show only the lines the search matches (like artgenctl logs --grep).</source>
        <translation>Показывать только строки, найденные поиском (как artgenctl logs --grep).</translation>
    </message>
</context>
<context>
    <name>artgen::gui::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find in Logs…</source>
        <translation>&amp;Найти в журналах…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Предыдущее совпадение</translation>
    </message>
    <message>
        <source>&amp;Clear Search</source>
        <translation>О&amp;чистить поиск</translation>
    </message>
</context>
<context>
    <name>artgen::gui::MainWindow</name>
    <message>
        <source>It will chart PostgreSQL and Redis connections, CPU and memory over time against the limits from the deployment instructions.</source>
        <translation>Здесь будут графики соединений PostgreSQL и Redis, CPU и памяти во времени — в сравнении с пределами из инструкции по развёртыванию.</translation>
    </message>
    <message>
        <source>It will edit timeouts, rate limits, worker counts and pool sizes in nginx-docker.conf, docker-compose.yml and db.py safely, keeping the previous version.</source>
        <translation>Здесь можно будет безопасно менять таймауты, ограничения частоты запросов, число воркеров и размеры пулов в nginx-docker.conf, docker-compose.yml и db.py, сохраняя предыдущую версию.</translation>
    </message>
    <message>
        <source>It will walk through the eleven-item deployment checklist step by step, running each check and recording the result.</source>
        <translation>Здесь будет пошаговый проход по чек-листу развёртывания из одиннадцати пунктов: каждая проверка выполняется, а результат записывается.</translation>
    </message>
    <message>
        <source>It will offer runbooks for 502, 504, too many connections, Redis timeouts and Celery workers that do not start.</source>
        <translation>Здесь будут инструкции для ошибок 502 и 504, избытка соединений, таймаутов Redis и не запускающихся воркеров Celery.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Устранение неполадок</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>ArtGen Control Panel</source>
        <translation>Панель управления ArtGen</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker: проверка…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>No profile — add one in Settings</source>
        <translation>Нет профиля — добавьте его в настройках</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) answers</source>
        <translation>Docker %1 (API %2) отвечает</translation>
    </message>
    <message>
        <source>Docker does not answer: %1</source>
        <translation>Docker не отвечает: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>artgen::gui::PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Эта страница пока недоступна.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProcessesDialog</name>
    <message>
        <source>Processes in %1</source>
        <translation>Процессы в %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n процесс</numerusform>
            <numerusform>%n процесса</numerusform>
            <numerusform>%n процессов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProfileEditor</name>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Stack folder:</source>
        <translation>Папка стека:</translation>
    </message>
    <message>
        <source>Compose project:</source>
        <translation>Проект Compose:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>Базовый URL API:</translation>
    </message>
    <message>
        <source>Docker host:</source>
        <translation>Адрес Docker:</translation>
    </message>
    <message>
        <source>The folder that holds Docker_all/</source>
        <translation>Папка, в которой лежит Docker_all/</translation>
    </message>
    <message>
        <source>Default: DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>По умолчанию: DOCKER_HOST или unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Папка копий:</translation>
    </message>
    <message>
        <source>Default format:</source>
        <translation>Формат по умолчанию:</translation>
    </message>
    <message>
        <source>Keep the newest (backups):</source>
        <translation>Сколько последних копий хранить:</translation>
    </message>
    <message>
        <source>Keep younger than (days):</source>
        <translation>Хранить копии не старше (дней):</translation>
    </message>
    <message>
        <source>Empty: the default folder shown. Never inside the stack folder (compose would send every backup to the build context).</source>
        <translation>Пусто — папка по умолчанию (показана). Никогда не внутри папки стека (compose отправлял бы каждую копию в контекст сборки).</translation>
    </message>
    <message>
        <source>plain — SQL, as in the deployment instructions</source>
        <translation>plain — SQL, как в инструкции по развёртыванию</translation>
    </message>
    <message>
        <source>plain-gz — SQL, gzip-compressed</source>
        <translation>plain-gz — SQL, сжатый gzip</translation>
    </message>
    <message>
        <source>plain-zst — SQL, zstd-compressed</source>
        <translation>plain-zst — SQL, сжатый zstd</translation>
    </message>
    <message>
        <source>custom — PostgreSQL custom format (pg_restore)</source>
        <translation>custom — формат PostgreSQL custom (pg_restore)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Retention after each successful backup: a backup is kept when it is among the newest N or younger than D days; the rest are deleted. 0 switches a rule off.</source>
        <translation>Хранение после каждой успешной копии: копия остаётся, если она среди N новейших или моложе D дней; остальные удаляются. 0 отключает правило.</translation>
    </message>
    <message>
        <source>After each backup: nothing is deleted.</source>
        <translation>После каждой копии ничего не удаляется.</translation>
    </message>
    <message numerus="yes">
        <source>After each backup: only the newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>После каждой копии остаётся только %n новейшая.</numerusform>
            <numerusform>После каждой копии остаются только %n новейшие.</numerusform>
            <numerusform>После каждой копии остаются только %n новейших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: backups older than %n day(s) are deleted.</source>
        <translation>
            <numerusform>После каждой копии удаляются копии старше %n дня.</numerusform>
            <numerusform>После каждой копии удаляются копии старше %n дней.</numerusform>
            <numerusform>После каждой копии удаляются копии старше %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: the newest %1 and those younger than %n day(s) are kept.</source>
        <translation>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дня.</numerusform>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дней.</numerusform>
            <numerusform>После каждой копии остаются %1 новейших и все моложе %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку копий</translation>
    </message>
    <message>
        <source>Choose the stack folder (it holds Docker_all/)</source>
        <translation>Выберите папку стека (в ней лежит Docker_all/)</translation>
    </message>
    <message>
        <source>A profile&apos;s changes apply when it is saved; the language and the line limit above apply at once.</source>
        <translation>Изменения профиля вступают в силу после сохранения; язык и число строк выше применяются сразу.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Восстановление %1</translation>
    </message>
    <message>
        <source>Restore the backup into database %1 (container %2, profile %3). Nothing changes until you press Restore.</source>
        <translation>Восстановить копию в базу %1 (контейнер %2, профиль %3). Пока вы не нажмёте «Восстановить», ничего не меняется.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL %2)</source>
        <translation>%1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Таблицы:</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n таблица</numerusform>
            <numerusform>%n таблицы</numerusform>
            <numerusform>%n таблиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in all</source>
        <translation>
            <numerusform>всего %n строка</numerusform>
            <numerusform>всего %n строки</numerusform>
            <numerusform>всего %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no manifest beside this file: it is still checked for completeness before anything changes, but its checksum and row counts cannot be compared.</source>
        <translation>Рядом с файлом нет манифеста: его полнота всё равно проверяется до любых изменений, но контрольную сумму и число строк сравнить не с чем.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <source>Into the existing database, in one transaction (if anything fails, nothing changes)</source>
        <translation>В существующую базу, одной транзакцией (при любой ошибке ничего не меняется)</translation>
    </message>
    <message>
        <source>Clean replace: build a new database from the backup, then swap it in (objects not in the backup are lost)</source>
        <translation>Полная замена: собрать новую базу из копии и подставить её вместо старой (всё, чего нет в копии, пропадёт)</translation>
    </message>
    <message>
        <source>Type the database name, %1, to replace it:</source>
        <translation>Введите имя базы, %1, чтобы заменить её:</translation>
    </message>
    <message>
        <source>Take a safety backup first</source>
        <translation>Сначала сделать страховочную копию</translation>
    </message>
    <message>
        <source>Stop backend and celery during the restore</source>
        <translation>Остановить backend и celery на время восстановления</translation>
    </message>
    <message>
        <source>What will happen, in this order:</source>
        <translation>Что произойдёт, по порядку:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Replace database</source>
        <translation>Заменить базу</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not this database&apos;s backup: %1. Its data would replace %2; type the database name below to do that.</source>
        <translation>Это копия не этой базы: %1. Её данные заменят %2; чтобы так сделать, введите имя базы ниже.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::RunDialog</name>
    <message>
        <source>Run a command in %1</source>
        <translation>Выполнить команду в %1</translation>
    </message>
    <message>
        <source>e.g. ps aux   or   celery -A app.celery_app inspect active</source>
        <translation>например, ps aux   или   celery -A app.celery_app inspect active</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Ошибки:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Код выхода %1</translation>
    </message>
    <message>
        <source>Run through sh -c</source>
        <translation>Выполнить через sh -c</translation>
    </message>
    <message>
        <source>For pipes, ; and variables, e.g. ps aux | grep gunicorn</source>
        <translation>Для конвейеров, ; и переменных, например ps aux | grep gunicorn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Open shell</source>
        <translation>Открыть оболочку</translation>
    </message>
    <message>
        <source>Opens a terminal with an interactive shell in the container</source>
        <translation>Открывает терминал с интерактивной оболочкой в контейнере</translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation>Оболочка:</translation>
    </message>
    <message>
        <source>The command has an unclosed quote or ends with a backslash.</source>
        <translation>В команде есть незакрытая кавычка или она заканчивается обратной косой чертой.</translation>
    </message>
    <message>
        <source>Stopped. The command may still be running in the container.</source>
        <translation>Остановлено. Команда может всё ещё выполняться в контейнере.</translation>
    </message>
    <message>
        <source>A terminal was opened with this command.</source>
        <translation>Открыт терминал с этой командой.</translation>
    </message>
    <message>
        <source>%1 Copy the command above and run it in a terminal.</source>
        <translation>%1 Скопируйте команду выше и выполните её в терминале.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Stack profiles</source>
        <translation>Профили стеков</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Use as active profile</source>
        <translation>Сделать активным</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Settings: %1
Log: %2</source>
        <translation>Настройки: %1
Журнал: %2</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(не ведётся)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (активный)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Lines &amp;kept in memory:</source>
        <translation>Строк &amp;в памяти:</translation>
    </message>
    <message>
        <source>The Logs page drops the oldest lines beyond this and says how many. About %1 bytes each: %2 lines take some %3.</source>
        <translation>Страница журналов отбрасывает самые старые строки сверх этого числа и сообщает, сколько. Около %1 байт на строку: %2 строк занимают примерно %3.</translation>
    </message>
</context>
<context>
    <name>artgen::gui::SourceChooser</name>
    <message>
        <source>All containers</source>
        <translation>Все контейнеры</translation>
    </message>
    <message>
        <source>Which containers to show: tick several for a merged timeline.</source>
        <translation>Какие контейнеры показывать: отметьте несколько для общей ленты.</translation>
    </message>
    <message>
        <source>Containers: all</source>
        <translation>Контейнеры: все</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>Контейнер: %1</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Контейнеры: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo stack</source>
        <translation>Демо-стек</translation>
    </message>
    <message>
        <source>ArtGen Control Panel</source>
        <translation>Панель управления ArtGen</translation>
    </message>
    <message>
        <source>Control panel for the art_generation Docker stack.</source>
        <translation>Панель управления Docker-стеком art_generation.</translation>
    </message>
    <message>
        <source>Open with profile NAME.</source>
        <translation>Открыть с профилем ИМЯ.</translation>
    </message>
    <message>
        <source>Open on page KEY (containers, logs, charts, backups, configuration, deployment, troubleshooting, settings).</source>
        <translation>Открыть на странице КЛЮЧ (containers, logs, charts, backups, configuration, deployment, troubleshooting, settings).</translation>
    </message>
    <message>
        <source>Log debug output to stderr.</source>
        <translation>Выводить отладочные сообщения в stderr.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”. The panel opened the last used one.</source>
        <translation>Профиля «%1» нет. Панель открыта с последним использованным профилем.</translation>
    </message>
    <message>
        <source>Open the stack in DIR (the folder that holds Docker_all/), adding a profile for it if needed.</source>
        <translation>Открыть стек в ПАПКЕ (в той, где лежит Docker_all/), при необходимости добавив для него профиль.</translation>
    </message>
    <message>
        <source>%1 is not a stack folder: it has no Docker_all/docker-compose.yml.</source>
        <translation>%1 — не папка стека: в ней нет Docker_all/docker-compose.yml.</translation>
    </message>
    <message>
        <source>The panel runs with the demo profile for now; changes made in this session are not saved.</source>
        <translation>Пока панель работает с демо-профилем; изменения, сделанные в этом сеансе, не сохраняются.</translation>
    </message>
</context>
</TS>
